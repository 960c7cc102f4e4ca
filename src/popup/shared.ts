/** What the popup's components share: the action channel and how an account is named. */
import type { PopupToBackground } from '../core/messages'
import type { EventType } from '../core/objection'
import { accountDetail, accountTitle, type Nameable } from '../core/account-name'
import browser from 'webextension-polyfill'
import type { AccountSummary } from '../core/account-summary'
import { accountKey, type AccountRef } from '../core/platform'
import { t } from './i18n'
import { formatDate, formatDay } from './format'

/** Sends a message to the background, then reloads the state; throws what the background said. */
export type Act = (message: PopupToBackground) => Promise<void>

const EVENT_KEYS: Record<EventType, string> = {
  form_opened: 'event_form_opened',
  submitted: 'event_submitted',
  confirmation_recorded: 'event_confirmation_recorded',
  marked_done: 'event_marked_done',
  reset: 'event_reset',
}

export const eventName = (event: { type: EventType }): string => t(EVENT_KEYS[event.type])

/** The account's name: its label, else its platform. */
export const accountName = (account: Nameable): string => accountTitle(t, account)
/** Platform (after a label) and id, as secondary text. */
export const accountSecondary = (account: Nameable): string => accountDetail(t, account)

/** The date of the account's latest step, for its one-line status ("Confirmed · 20 May 2025"). */
export function statusDate(account: AccountSummary): string | null {
  const last = account.recentEvents.at(-1)
  if (!last || last.type === 'reset') return null
  const c = account.lastConfirmation
  if (account.status === 'confirmed' && c && last.type === 'confirmation_recorded') return c.receivedOn ? formatDay(c.receivedOn) : formatDate(c.receivedAt)
  return formatDate(last.type === 'marked_done' ? `${last.objectedOn}T12:00:00Z` : last.at)
}

/** The printable proof of an account: this page, in a tab, with ?proof=<platform:id>. */
export const proofUrl = (account: AccountRef): string => `${browser.runtime.getURL('src/popup/index.html')}?proof=${encodeURIComponent(accountKey(account))}`
