/**
 * How every surface (banner, form assistant, popup, printable proof) calls an account: by the
 * name the user gave it, with its platform, and its id as secondary text.
 */
import type { AccountRef } from './platform'
import type { Translate } from './translate'

export type Nameable = AccountRef & { label?: string | undefined }

/** The account's name (its label), else its platform's name. */
export const accountTitle = (t: Translate, account: Nameable): string => account.label ?? t(`platform_${account.platform}`)

/** What follows the name: the platform (when the name is a label) and the id. */
export function accountDetail(t: Translate, account: Nameable): string {
  const id = t('account_id', [account.accountId])
  return account.label ? `${t(`platform_${account.platform}`)} · ${id}` : id
}

/** The name and its detail on one line: "Jane · Facebook · id 100012345", or "Facebook · id 100012345". */
export const accountLine = (t: Translate, account: Nameable): string => `${accountTitle(t, account)} · ${accountDetail(t, account)}`
