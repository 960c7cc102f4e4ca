import { useCallback, useState } from 'preact/hooks'
import type { AppState } from '../core/messages'
import { accountKey } from '../core/platform'
import { ask, loadState } from './background'
import { t } from './i18n'
import { HostAccess } from './HostAccess'
import { StorageNotice } from './StorageNotice'
import { AccountList } from './AccountList'
import { Guide } from './Guide'
import { FactsPanel } from './FactsPanel'
import { ThirdPartyPanel } from './ThirdPartyPanel'
import { ProofPanel } from './ProofPanel'
import { SettingsPanel } from './SettingsPanel'
import { defaultSelection, ordered } from './order'
import { FirstRun } from './FirstRun'
import { AppIcon } from './Icons'
import type { Act } from './shared'

/** The account the guide opens on: the one already open while it still exists, else the default. */
function selectionIn(state: AppState, current: string | null): string | null {
  return current && state.accounts.some((a) => accountKey(a) === current)
    ? current
    : defaultSelection(ordered(state), state.activeAccount ? accountKey(state.activeAccount) : null)
}

/** `first`: the state the page loaded before its first render, or why it could not. */
export function App({ first }: { first: AppState | Error }) {
  const [state, setState] = useState<AppState | null>(first instanceof Error ? null : first)
  const error = first instanceof Error ? first.message : null
  // The banner's "Record the confirmation" opens this page in a tab with ?account=<platform:id> where the popup cannot open.
  const [selected, setSelected] = useState<string | null>(() => (first instanceof Error ? null : selectionIn(first, new URLSearchParams(location.search).get('account'))))

  const reload = useCallback(async () => {
    const next = await loadState()
    setState(next)
    setSelected((current) => selectionIn(next, current))
  }, [])

  const act: Act = useCallback(
    async (message) => {
      // Reloaded after a refusal too: the state then says why (storage full, only read).
      await ask(message).finally(reload)
    },
    [reload],
  )

  const accounts = state ? ordered(state) : []
  const account = accounts.find((a) => accountKey(a) === selected)

  return (
    <main>
      <header class="top">
        <AppIcon />
        <h1>{t('popup_title')}</h1>
      </header>
      <HostAccess />
      <StorageNotice state={state} />
      {error && (
        <p role="alert" class="warn">
          {t('popup_error', [error])}
        </p>
      )}
      {state && state.quarantined > 0 && (
        <p role="alert" class="warn" data-testid="popup-quarantine">
          {t('popup_quarantine', [String(state.quarantined)])}
        </p>
      )}
      {state && accounts.length === 0 && <FirstRun />}
      {state && accounts.length > 0 && <AccountList accounts={accounts} selected={selected} onSelect={setSelected} />}
      {state && account && <Guide key={accountKey(account)} account={account} accounts={accounts} act={act} />}
      {state && (
        <div class="panels">
          <FactsPanel />
          <ThirdPartyPanel />
          <ProofPanel state={state} act={act} />
          <SettingsPanel state={state} account={account} act={act} />
        </div>
      )}
    </main>
  )
}
