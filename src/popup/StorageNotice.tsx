/**
 * What storage cannot do now, said plainly: full (nothing new is recorded until room is made;
 * export and deletion still work), only read (a newer version of the extension wrote it), and new
 * accounts a tab reported faster than a person logs in, which were not added.
 */
import type { AppState } from '../core/messages'
import { t } from './i18n'

export function StorageNotice({ state }: { state: AppState | null }) {
  if (!state) return null
  return (
    <>
      {state.storage && (
        <p role="alert" class="warn" data-testid="storage-notice" data-condition={state.storage}>
          {t(state.storage === 'full' ? 'storage_full' : 'storage_read_only')}
        </p>
      )}
      {state.refusedAccounts && (
        <p role="status" class="warn" data-testid="accounts-refused">
          {t('accounts_refused', [String(state.refusedAccounts)])}
        </p>
      )}
    </>
  )
}
