/** What the popup's components share: the action channel and how an account is named. */
import type { PopupToBackground } from '../core/messages'
import type { EventType } from '../core/objection'
import { accountDetail, accountLine, accountTitle, type Nameable } from '../core/account-name'
import { t } from './i18n'

/** Sends a message to the background, then reloads the state; throws what the background said. */
export type Act = (message: PopupToBackground) => Promise<void>

export const EVENT_KEYS: Record<EventType, string> = {
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
/** Name, platform and id on one line. */
export const accountFull = (account: Nameable): string => accountLine(t, account)
