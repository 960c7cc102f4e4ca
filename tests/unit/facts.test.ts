import { describe, expect, it } from 'vitest'
import { allObjectionForms, FACTS, primaryObjectionForm, sourcesFirstPrimary, trainingStartDate, type Facts } from '../../src/core/facts'
import { NOT_OBJECTION_FORM_URLS, OBJECTION_FORM_URLS, PRIMARY_FORM_URL, PRIVACY_REQUEST_URLS } from '../../src/core/form-addresses'
import { FactsSchema } from '../../src/core/facts-schema'
import { PLATFORMS } from '../../src/core/platform'
import en from '../../public/_locales/en/messages.json'
import fr from '../../public/_locales/fr/messages.json'

const THIRD_PARTY_FORM = 'https://www.facebook.com/help/contact/1266025207620918'

interface SourceLike {
  url: string
  checked: string
  publisher: string
  primary: boolean
  published?: string
}

/** Every `sources` entry anywhere in the facts, with where it was found. */
function allSources(value: unknown, path = 'FACTS'): { path: string; source: SourceLike }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => allSources(item, `${path}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && Array.isArray(child)
      ? (child as SourceLike[]).map((source, i) => ({ path: `${path}.sources[${i}]`, source }))
      : allSources(child, `${path}.${key}`),
  )
}

const isValidIsoDay = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day

const isHttps = (url: string): boolean => {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

describe('FACTS', () => {
  it('parses with FactsSchema', () => {
    expect(FactsSchema.safeParse(FACTS).success).toBe(true)
  })

  it('has sources everywhere, each with an https URL and a valid checked date', () => {
    const sources = allSources(FACTS)
    // announcement, trainingStart, 4 forms, third-party form, not-objection form, mail domains,
    // answer deadline, 2 paths and 10 statements each have at least one source.
    expect(sources.length).toBeGreaterThanOrEqual(23)
    for (const { path, source } of sources) {
      expect(isHttps(source.url), `${path}.url ${source.url}`).toBe(true)
      expect(isValidIsoDay(source.checked), `${path}.checked ${source.checked}`).toBe(true)
    }
  })

  it('has at least one source per statement', () => {
    for (const statement of FACTS.statements) expect(statement.sources.length, statement.id).toBeGreaterThan(0)
  })

  it('has unique statement ids and message keys', () => {
    const ids = FACTS.statements.map((s) => s.id)
    const keys = FACTS.statements.map((s) => s.messageKey)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('has valid dates, training after the announcement', () => {
    expect(isValidIsoDay(FACTS.announcement.date)).toBe(true)
    expect(isValidIsoDay(FACTS.trainingStart.date)).toBe(true)
    expect(FACTS.announcement.date < FACTS.trainingStart.date).toBe(true)
  })

  it('gives the training start at 00:00 UTC of its day', () => {
    expect(trainingStartDate().toISOString()).toBe('2025-05-27T00:00:00.000Z')
  })

  it('has https form URLs on the right site', () => {
    for (const platform of PLATFORMS) {
      for (const form of FACTS.objectionForms[platform]) {
        expect(isHttps(form.url), form.url).toBe(true)
        expect(new URL(form.url).hostname.endsWith(`${platform}.com`), form.url).toBe(true)
      }
    }
  })

  it('has exactly one primary form per platform', () => {
    for (const platform of PLATFORMS) {
      expect(FACTS.objectionForms[platform].filter((f) => f.primary)).toHaveLength(1)
    }
  })
})

describe('objection forms', () => {
  it('opens the primary form of each platform', () => {
    expect(primaryObjectionForm('facebook')).toBe('https://www.facebook.com/help/contact/6359191084165019')
    expect(primaryObjectionForm('instagram')).toBe('https://help.instagram.com/contact/233964459562201')
  })

  it('recognises all four objection forms', () => {
    expect(allObjectionForms()).toEqual(
      expect.arrayContaining([
        { platform: 'facebook', url: 'https://www.facebook.com/help/contact/6359191084165019' },
        { platform: 'facebook', url: 'https://www.facebook.com/help/contact/712876720715583' },
        { platform: 'instagram', url: 'https://help.instagram.com/contact/233964459562201' },
        { platform: 'instagram', url: 'https://help.instagram.com/contact/767264225370182' },
      ]),
    )
    expect(allObjectionForms()).toHaveLength(4)
  })

  it('never counts the third-party information form, nor any not-objection form, as an objection form', () => {
    const urls = allObjectionForms().map((f) => f.url)
    expect(urls.some((url) => url.includes('1266025207620918'))).toBe(false)
    expect(FACTS.thirdPartyInformationForm.url).toBe(THIRD_PARTY_FORM)
    for (const not of FACTS.notObjectionForms) expect(urls).not.toContain(not.url)
  })
})

describe('message keys', () => {
  const usedKeys = [
    ...FACTS.statements.map((s) => s.messageKey),
    ...PLATFORMS.flatMap((platform) => FACTS.pathInSite[platform].messageKeys),
  ]

  it('uses keys of statements and of the path in the site', () => {
    expect(usedKeys).toContain('fact_what_is_used')
    expect(usedKeys).toContain('path_fb_form')
    expect(usedKeys).toContain('path_ig_form')
  })

  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('has every key in _locales/%s/messages.json, with a message', (_lang, messages) => {
    const catalog = messages as Record<string, { message?: unknown } | undefined>
    const missing = usedKeys.filter((key) => typeof catalog[key]?.message !== 'string' || catalog[key]?.message === '')
    expect(missing).toEqual([])
  })
})

describe('FactsSchema', () => {
  const clone = (): Facts => structuredClone(FACTS)

  it('accepts a copy of the facts (so the rejections below are due to the change alone)', () => {
    expect(FactsSchema.safeParse(clone()).success).toBe(true)
  })

  it('rejects a fact with an empty list of sources', () => {
    const facts = clone()
    facts.announcement.sources = []
    expect(FactsSchema.safeParse(facts).success).toBe(false)
  })

  it('rejects a fact without sources', () => {
    const facts = clone()
    const withoutSources: Partial<Facts['trainingStart']> = { ...facts.trainingStart }
    delete withoutSources.sources
    expect(FactsSchema.safeParse({ ...facts, trainingStart: withoutSources }).success).toBe(false)
  })

  it('rejects a statement without sources', () => {
    const facts = clone()
    const [first, ...rest] = facts.statements
    expect(FactsSchema.safeParse({ ...facts, statements: [{ ...first, sources: [] }, ...rest] }).success).toBe(false)
  })

  it('rejects a source without a checked date, or with a non-http URL', () => {
    const facts = clone()
    const source = facts.announcement.sources[0]!
    expect(FactsSchema.safeParse({ ...facts, announcement: { ...facts.announcement, sources: [{ url: source.url }] } }).success).toBe(false)
    expect(
      FactsSchema.safeParse({ ...facts, announcement: { ...facts.announcement, sources: [{ ...source, url: 'javascript:alert(1)' }] } }).success,
    ).toBe(false)
  })

  it('rejects unknown keys', () => {
    expect(FactsSchema.safeParse({ ...clone(), extra: 1 }).success).toBe(false)
  })
})

describe('sources by publisher', () => {
  it('names every source by its publisher, never by its bare address', () => {
    for (const { path, source } of allSources(FACTS)) {
      const host = new URL(source.url).hostname.replace(/^www\./, '')
      expect(source.publisher, `${path} ${source.url}`).not.toBe(host)
      if (source.published) expect(isValidIsoDay(source.published), path).toBe(true)
    }
    const dpc = allSources(FACTS).find(({ source }) => source.url.includes('dataprotection.ie'))!.source
    expect(dpc).toMatchObject({ publisher: 'Irish Data Protection Commission', published: '2025-05-21', primary: true })
  })

  it('lists the sources to prefer (authorities, consumer groups, the law, Meta) first', () => {
    for (const statement of FACTS.statements) {
      const shown = sourcesFirstPrimary(statement.sources)
      const firstOther = shown.findIndex((s) => !s.primary)
      if (firstOther >= 0) expect(shown.slice(firstOther).every((s) => !s.primary), statement.id).toBe(true)
      expect(shown).toHaveLength(statement.sources.length)
    }
    const rightToObject = FACTS.statements.find((s) => s.id === 'right_to_object')!
    expect(sourcesFirstPrimary(rightToObject.sources).map((s) => s.publisher)).toEqual(['GDPR, Article 21 (gdpr-info.eu)', 'noyb – European Center for Digital Rights'])
    const whatIsUsed = FACTS.statements.find((s) => s.id === 'what_is_used')!
    expect(sourcesFirstPrimary(whatIsUsed.sources)[0]!.publisher).toBe('Verbraucherzentrale')
  })
})

describe('the addresses the content scripts know Meta\'s form by (form-addresses.ts)', () => {
  it('are exactly the facts\' addresses, so the facts stay the one source', () => {
    expect([...OBJECTION_FORM_URLS].sort()).toEqual(allObjectionForms().map((f) => f.url).sort())
    // The banner's "Object now" opens the primary one, without carrying the facts' sources.
    for (const platform of PLATFORMS) expect(PRIMARY_FORM_URL[platform]).toBe(primaryObjectionForm(platform))
    expect(NOT_OBJECTION_FORM_URLS).toEqual(FACTS.notObjectionForms.map((f) => f.url))
    expect(PRIVACY_REQUEST_URLS).toEqual(FACTS.privacyRequestPlaces.map((p) => p.url))
  })

  it('name help.meta.com as a place where the objection may be reached, reported, with its sources by publisher', () => {
    const [place] = FACTS.privacyRequestPlaces
    expect(place).toMatchObject({ url: 'https://help.meta.com/support/privacy', certainty: 'reported' })
    expect(place!.sources.map((s) => s.publisher)).toEqual(['Datenanfragen.de (GitHub)', 'Meta Help Center'])
  })
})
