/** When the confirmation e-mail arrived, as the popup and the proof say it: a day typed by hand as a day, a mail's time exactly. */
import type { AccountSummary } from '../core/account-summary'
import { t } from './i18n'
import { formatDay, formatExact } from './format'

type Received = Pick<NonNullable<AccountSummary['lastConfirmation']>, 'receivedAt' | 'receivedOn'>

export const receivedWhen = (c: Received): string => (c.receivedOn ? formatDay(c.receivedOn) : formatExact(c.receivedAt))

export function receivedText(confirmation: NonNullable<AccountSummary['lastConfirmation']>): string {
  const when = t('guide_confirmation_at', [receivedWhen(confirmation)])
  return confirmation.from ? `${when} · ${confirmation.from}` : when
}
