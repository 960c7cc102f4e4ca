import * as z from 'zod/mini'

/** The two services whose data Meta trains on and that the objection covers. */
export const Platform = z.enum(['facebook', 'instagram'])
export type Platform = z.infer<typeof Platform>

/** Meta's numeric account id, as found in the `c_user` / `ds_user_id` cookie. */
export const AccountId = z.string().check(z.regex(/^[0-9]{1,24}$/, 'an account id is a number'))
export type AccountId = z.infer<typeof AccountId>

export const AccountRef = z.strictObject({ platform: Platform, accountId: AccountId })
export type AccountRef = z.infer<typeof AccountRef>

const PLATFORM_DOMAINS: Record<Platform, readonly string[]> = {
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
}

/** The platform whose site `hostname` belongs to, or null (exact domain or a subdomain of it). */
export function platformOfHost(hostname: string): Platform | null {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  for (const platform of Platform.options) {
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
    const value = decodeURIComponent(part.slice(eq + 1).trim())
    return AccountId.safeParse(value).success ? value : null
  }
  return null
}

export function accountKey(ref: AccountRef): string {
  return `${ref.platform}:${ref.accountId}`
}
