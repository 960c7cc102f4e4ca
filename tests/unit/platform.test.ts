import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accountIdFromCookies, accountKey, PLATFORMS, platformOfHost, platformOfPageUrl, platformOfUrl, refOfAccountKey } from '../../src/core/platform'
import { AccountRef, Platform } from '../../src/core/platform-schema'

describe('platformOfHost', () => {
  it.each([
    ['facebook.com', 'facebook'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['WWW.Facebook.COM', 'facebook'],
    ['www.facebook.com.', 'facebook'],
    ['instagram.com', 'instagram'],
    ['www.instagram.com', 'instagram'],
    ['help.instagram.com', 'instagram'],
  ] as const)('%s belongs to %s', (host, platform) => {
    expect(platformOfHost(host)).toBe(platform)
  })

  it.each([
    'evilfacebook.com',
    'facebook.com.evil.net',
    'www.facebook.com.evil.net',
    'notinstagram.com',
    'instagram.com.example.org',
    'facebook.co',
    'example.com',
    'fb.com',
    '',
  ])('rejects %j', (host) => {
    expect(platformOfHost(host)).toBeNull()
  })
})

describe('platformOfUrl', () => {
  it('accepts https pages of both sites', () => {
    expect(platformOfUrl('https://www.facebook.com/help/contact/6359191084165019')).toBe('facebook')
    expect(platformOfUrl('https://m.facebook.com/')).toBe('facebook')
    expect(platformOfUrl('https://help.instagram.com/contact/233964459562201')).toBe('instagram')
  })

  it.each([
    ['http: scheme', 'http://www.facebook.com/'],
    ['ws: scheme', 'wss://www.facebook.com/'],
    ['garbage', 'not a url'],
    ['empty', ''],
    ['another host with facebook.com in the path', 'https://example.com/www.facebook.com'],
    ['another host with facebook.com in the fragment', 'https://example.com/#.facebook.com'],
    ['facebook.com as user info', 'https://www.facebook.com@evil.net/'],
    ['look-alike suffix', 'https://facebook.com.evil.net/'],
  ])('rejects %s', (_what, url) => {
    expect(platformOfUrl(url)).toBeNull()
  })

  it('rejects undefined', () => {
    expect(platformOfUrl(undefined)).toBeNull()
  })
})

describe('platformOfPageUrl (the content script’s, without the URL parser)', () => {
  it('agrees with platformOfUrl, but turns down any URL with user info', () => {
    const cases = ['https://www.facebook.com/help/contact/6359191084165019', 'https://m.facebook.com/', 'https://help.instagram.com/contact/1', 'http://www.facebook.com/',
      'https://example.com/www.facebook.com', 'https://example.com/#.facebook.com', 'https://www.facebook.com@evil.net/', 'https://evil.net@www.facebook.com/',
      'https://facebook.com.evil.net/', 'https://www.facebook.com:443/', 'https://www.facebook.com?x', 'https://WWW.FACEBOOK.COM/', '']
    for (const url of cases) expect(platformOfPageUrl(url), url).toBe(url.includes('@') ? null : platformOfUrl(url))
    const hosts = fc.constantFrom('www.facebook.com', 'facebook.com', 'instagram.com', 'help.instagram.com', 'example.org', 'facebook.com.example.org')
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.tuple(hosts, fc.webPath()).map(([h, p]) => `https://${h}${p}`)), (url) => {
        expect(platformOfPageUrl(url)).toBe(/^https:\/\/[^/?#]*@/.test(url) ? null : platformOfUrl(url))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('accountIdFromCookies', () => {
  it('reads c_user among other facebook cookies', () => {
    expect(accountIdFromCookies('facebook', 'datr=AbC-dEf; sb=xyz; c_user=100012345; xs=12%3Aabc; fr=0')).toBe('100012345')
  })

  it('reads ds_user_id among other instagram cookies', () => {
    expect(accountIdFromCookies('instagram', 'csrftoken=abc; mid=Zz; ds_user_id=5566778899; sessionid=5566778899%3Aabc')).toBe('5566778899')
  })

  it('reads the cookie when it is first or last, with or without spaces', () => {
    expect(accountIdFromCookies('facebook', 'c_user=1;xs=2')).toBe('1')
    expect(accountIdFromCookies('facebook', 'xs=2;c_user=42')).toBe('42')
  })

  it('reads only the cookie of the platform asked for', () => {
    const cookies = 'c_user=111; ds_user_id=222'
    expect(accountIdFromCookies('facebook', cookies)).toBe('111')
    expect(accountIdFromCookies('instagram', cookies)).toBe('222')
    expect(accountIdFromCookies('facebook', 'ds_user_id=222')).toBeNull()
    expect(accountIdFromCookies('instagram', 'c_user=111')).toBeNull()
  })

  it('does not match a cookie whose name only contains the name', () => {
    expect(accountIdFromCookies('facebook', 'xc_user=1; c_user_old=2')).toBeNull()
  })

  it.each([
    ['absent', 'datr=abc; xs=1'],
    ['empty string', ''],
    ['empty value', 'c_user='],
    ['not numeric', 'c_user=abc'],
    ['partly numeric', 'c_user=123abc'],
    ['negative', 'c_user=-5'],
    ['too long', `c_user=${'1'.repeat(25)}`],
    ['no value at all', 'c_user'],
  ])('returns null when %s', (_what, cookies) => {
    expect(accountIdFromCookies('facebook', cookies)).toBeNull()
  })

  it('returns null, not an exception, for a malformed percent-encoding', () => {
    expect(accountIdFromCookies('facebook', 'c_user=%E0%A4%A')).toBeNull()
  })
})

describe('AccountRef and accountKey', () => {
  it('has the same platforms in the zod-free list and in the schema', () => {
    for (const platform of PLATFORMS) expect(Platform.safeParse(platform).success).toBe(true)
    expect(Platform.safeParse('whatsapp').success).toBe(false)
  })

  it('keys an account by platform and id', () => {
    expect(accountKey({ platform: 'instagram', accountId: '42' })).toBe('instagram:42')
  })

  it('rejects unknown platforms, non-numeric ids and extra keys', () => {
    expect(AccountRef.safeParse({ platform: 'facebook', accountId: '1' }).success).toBe(true)
    expect(AccountRef.safeParse({ platform: 'whatsapp', accountId: '1' }).success).toBe(false)
    expect(AccountRef.safeParse({ platform: 'facebook', accountId: '1a' }).success).toBe(false)
    expect(AccountRef.safeParse({ platform: 'facebook', accountId: '1', extra: true }).success).toBe(false)
  })
})

describe('refOfAccountKey', () => {
  it('reads back what accountKey wrote', () => {
    expect(refOfAccountKey(accountKey({ platform: 'instagram', accountId: '4242' }))).toEqual({ platform: 'instagram', accountId: '4242' })
  })

  it('names no account for anything else', () => {
    for (const key of [undefined, '', 'facebook', 'facebook:', 'myspace:1', 'facebook:abc', 'facebook:1:2', ':1']) {
      expect(refOfAccountKey(key), String(key)).toBeNull()
    }
  })
})
