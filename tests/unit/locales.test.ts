import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { Catalog } from '../../src/core/i18n-catalog'
import { LOCALES } from '../../src/core/locales'
import { FORM_WORDS } from '../../src/core/form-words'

const load = (folder: string): Catalog => Catalog.parse(JSON.parse(readFileSync(`public/_locales/${folder}/messages.json`, 'utf8')))
const english = load('en')
/** Named placeholders and the $n they take, as chrome.i18n sees them. */
const placeholdersOf = (entry: Catalog[string]) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]))
const namesUsed = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort()

describe.each(LOCALES.map((l) => l.folder))('locale %s', (folder) => {
  it('has a messages.json', () => {
    expect(existsSync(`public/_locales/${folder}/messages.json`)).toBe(true)
  })

  it('has every key of English, no other, each with a description and a message that is not empty', () => {
    if (!existsSync(`public/_locales/${folder}/messages.json`)) return
    const catalog = load(folder)
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort())
    for (const [key, entry] of Object.entries(catalog)) {
      expect(entry.message.trim(), key).not.toBe('')
      expect(entry.description?.trim(), key).toBeTruthy()
    }
  })

  it('names its own language, for dates and text direction', () => {
    if (!existsSync(`public/_locales/${folder}/messages.json`)) return
    expect(load(folder).language_tag?.message).toBe(LOCALES.find((l) => l.folder === folder)!.tag)
  })

  it('keeps the placeholders of English', () => {
    if (!existsSync(`public/_locales/${folder}/messages.json`)) return
    const catalog = load(folder)
    for (const [key, entry] of Object.entries(english)) {
      const translated = catalog[key]
      if (!translated) continue
      expect(placeholdersOf(translated), key).toEqual(placeholdersOf(entry))
      expect(namesUsed(translated.message), key).toEqual(namesUsed(entry.message))
    }
  })

  it('has the words that recognise Meta\'s form, none of them empty', () => {
    const tag = LOCALES.find((l) => l.folder === folder)!.tag.split('-')[0]
    const words = FORM_WORDS.find((w) => w.lang === tag)
    expect(words, `src/core/form-words/${folder}.ts`).toBeDefined()
    for (const list of [words!.headings, words!.objectStems, words!.aiWords, words!.explanationLabels, words!.submit, words!.aiQuestions, words!.yes, words!.confirmations]) {
      expect(list.length).toBeGreaterThan(0)
      for (const word of list) expect(word.trim()).not.toBe('')
    }
  })
})
