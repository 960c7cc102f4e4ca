/** When the confirmation e-mail arrived, as the popup says it. */
import type { AccountSummary } from '../core/account-summary'
import { t } from './i18n'
import { formatDateTime } from './format'

export function receivedText(confirmation: NonNullable<AccountSummary['lastConfirmation']>): string {
  const when = t('guide_confirmation_at', [formatDateTime(confirmation.receivedAt)])
  return confirmation.from ? `${when} · ${confirmation.from}` : when
}
