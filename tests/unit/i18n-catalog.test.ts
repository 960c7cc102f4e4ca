import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { Catalog, translator } from '../../src/core/i18n-catalog'
import { LOCALES, localeFor } from '../../src/core/locales'

const fr = Catalog.parse(JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')))

describe('a messages.json catalogue as a translate function', () => {
  it('fills named placeholders from the substitutions, like chrome.i18n', () => {
    const t = translator(fr)
    expect(t('banner_account', ['Facebook · Jeanne'])).toBe('Compte : Facebook · Jeanne')
    expect(t('BANNER_ACCOUNT', ['x'])).toBe('Compte : x')
  })

  it('handles $1 in the message itself, $$, and a value that contains $1', () => {
    const t = translator({ a: { message: 'cost $$5 for $1', placeholders: {} }, b: { message: '$WHO$!', placeholders: { who: { content: '$1' } } } })
    expect(t('a', ['Jane'])).toBe('cost $5 for Jane')
    expect(t('b', ['$1 and $2'])).toBe('$1 and $2!')
  })

  it('falls back for a missing key, or gives an empty string', () => {
    expect(translator({}, () => 'english')('nope')).toBe('english')
    expect(translator({})('nope')).toBe('')
  })
})

describe('the supported locales', () => {
  it('are 30, with unique folders, Arabic right to left', () => {
    expect(LOCALES).toHaveLength(30)
    expect(new Set(LOCALES.map((l) => l.folder)).size).toBe(30)
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.folder)).toEqual(['ar'])
  })

  it('match browser language tags', () => {
    expect(localeFor('de-AT')?.folder).toBe('de')
    expect(localeFor('pt-BR')?.folder).toBe('pt_PT')
    expect(localeFor('pt_PT')?.folder).toBe('pt_PT')
    expect(localeFor('no')?.folder).toBe('nb')
    expect(localeFor('ar')?.dir).toBe('rtl')
    expect(localeFor('ja')).toBeNull()
  })
})
