/**
 * Platforms and accounts: which site a page belongs to and which account is logged in.
 * Free of zod on purpose: the content script imports this on every facebook page
 * (the schemas are in platform-schema.ts).
 */

/** The two services whose data Meta trains on and that the objection covers. */
export const PLATFORMS = ['facebook', 'instagram'] as const
export type Platform = (typeof PLATFORMS)[number]

/** Meta's numeric account id, as found in the `c_user` / `ds_user_id` cookie. */
export const ACCOUNT_ID_PATTERN = /^[0-9]{1,24}$/
export type AccountId = string

export interface AccountRef {
  platform: Platform
  accountId: AccountId
}

/** Where the extension asks to run: facebook.com, instagram.com and their subdomains (https). */
export const HOST_MATCHES = ['https://facebook.com/*', 'https://*.facebook.com/*', 'https://instagram.com/*', 'https://*.instagram.com/*']

/**
 * Meta's help site, where a privacy request (the objection among them) may be made: the form
 * assistant runs on its privacy-request pages, and no account cookie of either platform is there.
 */
export const HELP_HOST = 'help.meta.com'
export const HELP_MATCHES = [`https://${HELP_HOST}/*`]

const PLATFORM_DOMAINS: Record<Platform, readonly string[]> = {
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
}

/** The platform whose site `hostname` belongs to, or null (exact domain or a subdomain of it). */
export function platformOfHost(hostname: string): Platform | null {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  for (const platform of PLATFORMS) {
    for (const domain of PLATFORM_DOMAINS[platform]) {
      if (host === domain || host.endsWith(`.${domain}`)) return platform
    }
  }
  return null
}

/** Same as platformOfHost for a full URL; null for anything that is not https. */
export function platformOfUrl(url: string | undefined): Platform | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return parsed.protocol === 'https:' ? platformOfHost(parsed.hostname) : null
}

/** Same as platformOfUrl for a page's own https URL (document.URL), without the URL parser. */
export function platformOfPageUrl(url: string): Platform | null {
  const host = /^https:\/\/([^/:?#@]+)(?=[/:?#]|$)/.exec(url)?.[1]
  return host ? platformOfHost(host) : null
}

/** The cookie that holds the logged-in account's id on each platform. */
export const ACCOUNT_COOKIE: Record<Platform, string> = {
  facebook: 'c_user',
  instagram: 'ds_user_id',
}

/** The logged-in account id from a `document.cookie` string, or null when logged out. */
export function accountIdFromCookies(platform: Platform, cookieString: string): AccountId | null {
  const name = ACCOUNT_COOKIE[platform]
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue
    let value: string
    try {
      value = decodeURIComponent(part.slice(eq + 1).trim())
    } catch {
      return null
    }
    return ACCOUNT_ID_PATTERN.test(value) ? value : null
  }
  return null
}

export function accountKey(ref: AccountRef): string {
  return `${ref.platform}:${ref.accountId}`
}

/** The account a key made by accountKey names, or null when it names none. */
export function refOfAccountKey(key: string | undefined): AccountRef | null {
  const [platform, accountId, ...rest] = key?.split(':') ?? []
  const known = PLATFORMS.find((p) => p === platform)
  return known && accountId && ACCOUNT_ID_PATTERN.test(accountId) && rest.length === 0 ? { platform: known, accountId } : null
}
