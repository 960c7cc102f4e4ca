import type { AccountSummary } from '../core/account-summary'
import { accountKey } from '../core/platform'
import { accountName, accountSecondary, eventName } from './shared'
import { t } from './i18n'
import { formatDate } from './format'
import { PlatformIcon } from './PlatformIcon'

/** The dates of an account's events, shortest form: "Sent 20 May 2025 · Confirmed 21 May 2025". */
function eventDates(account: AccountSummary): string {
  return account.recentEvents
    .map((e) => `${eventName(e)} ${formatDate(e.type === 'marked_done' ? `${e.objectedOn}T12:00:00Z` : e.at)}`)
    .join(' · ')
}

interface Props {
  accounts: AccountSummary[]
  selected: string | null
  onSelect: (key: string) => void
}

export function AccountList({ accounts, selected, onSelect }: Props) {
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t('popup_accounts')}</h2>
      <ul class="accounts">
        {accounts.map((account) => {
          const key = accountKey(account)
          const status = account.status
          return (
            <li
              key={key}
              data-testid="account-row"
              data-platform={account.platform}
              data-account-id={account.accountId}
              data-status={status}
              class={key === selected ? 'selected' : undefined}
            >
              <button type="button" class="row" aria-pressed={key === selected} onClick={() => onSelect(key)}>
                <PlatformIcon platform={account.platform} />
                <span class="row-text">
                  <span class="row-name">
                    <strong>{accountName(account)}</strong> <span class="muted">{accountSecondary(account)}</span>
                  </span>
                  <span class={`status status-${status}`} data-testid="account-status">
                    {t(`status_${status}`)}
                  </span>
                  {account.recentEvents.length > 0 && <span class="muted small">{eventDates(account)}</span>}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
