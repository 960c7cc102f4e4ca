import type { Account } from './storage'
import { deriveStatus } from './objection'

/** Days a "Remind me later" keeps the banner away for that account. */
export const SNOOZE_DAYS = 7

/** Whether the banner shows for an account now: not once its objection is confirmed, dismissed or snoozed. */
export function bannerShows(account: Account, now: Date): boolean {
  if (deriveStatus(account.events) === 'confirmed') return false
  if (account.banner.dismissed) return false
  const until = account.banner.snoozedUntil
  return !(until && Date.parse(until) > now.getTime())
}
