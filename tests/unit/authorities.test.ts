import { describe, expect, it } from 'vitest'
import { AUTHORITIES, AuthoritiesSchema, authoritiesFor, countryOfLanguageTag } from '../../src/core/authorities'

const EU = ['at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie', 'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se']
const EEA = ['is', 'li', 'no']

describe('data protection authorities', () => {
  it('has exactly one valid entry for each EU/EEA country and the United Kingdom', () => {
    expect(AuthoritiesSchema.safeParse(AUTHORITIES).success).toBe(true)
    expect(AUTHORITIES.map((a) => a.country).sort()).toEqual([...EU, ...EEA, 'gb'].sort())
  })

  it('cites the EDPB members list for every EU/EEA authority and a source for every complaint page', () => {
    for (const a of AUTHORITIES) {
      expect(a.complaintUrl.startsWith('https://'), a.country).toBe(true)
      if (a.country !== 'gb') expect(a.sources.map((s) => s.url), a.country).toContain('https://www.edpb.europa.eu/about-edpb/about-edpb/members_en')
      if (a.complaintPage) expect(a.sources.length, a.country).toBeGreaterThan(1)
      else expect(a.complaintUrl, a.country).toBe(a.home)
    }
  })

  it('always offers Ireland’s Data Protection Commission, after the user’s own authority', () => {
    expect(authoritiesFor('fr').map((a) => a.country)).toEqual(['fr', 'ie'])
    expect(authoritiesFor('ie').map((a) => a.country)).toEqual(['ie'])
    expect(authoritiesFor(undefined).map((a) => a.country)).toEqual(['ie'])
    expect(authoritiesFor('us').map((a) => a.country)).toEqual(['ie'])
    expect(authoritiesFor('ie')[0]!.complaintUrl).toBe('https://forms.dataprotection.ie/contact')
  })

  it('guesses the country from a language tag’s region only', () => {
    expect(countryOfLanguageTag('fr-BE')).toBe('be')
    expect(countryOfLanguageTag('de_AT')).toBe('at')
    expect(countryOfLanguageTag('en-GB')).toBe('gb')
    expect(countryOfLanguageTag('fr')).toBeUndefined()
    expect(countryOfLanguageTag('en-US')).toBeUndefined()
  })
})
