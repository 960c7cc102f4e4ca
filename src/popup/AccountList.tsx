/** Home of the popup: each account by name, with a one-line status. */
import type { AccountSummary } from '../core/account-summary'
import { accountKey } from '../core/platform'
import { t } from './i18n'
import { accountName, accountSecondary, statusDate } from './shared'
import { PlatformIcon } from './Icons'

interface Props {
  accounts: AccountSummary[]
  selected: string | null
  onSelect: (key: string) => void
}

export function AccountList({ accounts, selected, onSelect }: Props) {
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading" class="visually-hidden">
        {t('popup_accounts')}
      </h2>
      <ul class="accounts">
        {accounts.map((account) => {
          const key = accountKey(account)
          const status = account.status
          const when = statusDate(account)
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
                    <strong>{accountName(account)}</strong> <span class="muted small">{accountSecondary(account)}</span>
                  </span>
                  <span class="row-status">
                    <span class={`status status-${status}`} data-testid="account-status">
                      {t(`status_${status}`)}
                    </span>
                    {when && <span class="muted"> · {when}</span>}
                  </span>
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
