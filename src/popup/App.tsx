import { useEffect, useState } from 'preact/hooks'
import type { AppState } from '../core/messages'
import { deriveStatus } from '../core/objection'
import { loadState } from './background'
import { t } from './i18n'

export function App() {
  const [state, setState] = useState<AppState | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    loadState().then(setState, (e: unknown) => setError(String(e instanceof Error ? e.message : e)))
  }, [])

  return (
    <main>
      <h1>{t('popup_title')}</h1>
      {error && <p role="alert" class="warn">{t('popup_error', [error])}</p>}
      {state && state.quarantine.length > 0 && (
        <p role="alert" class="warn" data-testid="popup-quarantine">
          {t('popup_quarantine', [String(state.quarantine.length)])}
        </p>
      )}
      {state && state.accounts.length === 0 && <p data-testid="popup-no-accounts">{t('popup_no_accounts')}</p>}
      {state && state.accounts.length > 0 && (
        <section aria-labelledby="accounts-heading">
          <h2 id="accounts-heading">{t('popup_accounts')}</h2>
          <ul class="accounts">
            {state.accounts.map((account) => (
              <li key={`${account.platform}:${account.accountId}`} data-testid="popup-account" data-account={`${account.platform}:${account.accountId}`}>
                <strong>{t(`platform_${account.platform}`)}</strong> · {account.label ?? account.accountId}
                <div class="muted" data-testid="popup-account-status">
                  {t(`status_${deriveStatus(account.events)}`)}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  )
}
