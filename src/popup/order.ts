/** Which accounts the popup lists first and which one its guide opens on. */
import type { AppState } from '../core/messages'
import type { AccountSummary } from '../core/account-summary'
import { accountKey } from '../core/platform'

/** Accounts with the active tab's first, then in the order they were first seen. */
export function ordered(state: Pick<AppState, 'accounts' | 'activeAccount'>): AccountSummary[] {
  const active = state.activeAccount ? accountKey(state.activeAccount) : null
  return [...state.accounts].sort((a, b) => {
    if (active && (accountKey(a) === active) !== (accountKey(b) === active)) return accountKey(a) === active ? -1 : 1
    return a.createdAt.localeCompare(b.createdAt) || accountKey(a).localeCompare(accountKey(b))
  })
}

/** The active tab's account, else the first not confirmed yet, else the first. */
export function defaultSelection(accounts: AccountSummary[], active: string | null): string | null {
  if (active && accounts.some((a) => accountKey(a) === active)) return active
  const open = accounts.find((a) => a.status !== 'confirmed') ?? accounts[0]
  return open ? accountKey(open) : null
}
