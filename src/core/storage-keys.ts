/** Keys of storage.local (see storage.ts for the layout). Free of zod for the content script. */
import { accountKey, type AccountRef } from './platform'

export const SCHEMA_VERSION_KEY = 'schemaVersion'
export const SETTINGS_KEY = 'settings'
const ACCOUNT_PREFIX = 'account:'
export const QUARANTINE_PREFIX = 'quarantine:'

export const storageKeyOfAccount = (ref: AccountRef): string => ACCOUNT_PREFIX + accountKey(ref)
export const isAccountKey = (key: string): boolean => key.startsWith(ACCOUNT_PREFIX)
export const isQuarantineKey = (key: string): boolean => key.startsWith(QUARANTINE_PREFIX)
export const quarantineKey = (at: string, key: string): string => `${QUARANTINE_PREFIX}${at}:${key}`
