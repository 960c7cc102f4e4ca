/** zod schemas of platform.ts's types, for messages and storage. */
import * as z from 'zod/mini'
import { ACCOUNT_ID_PATTERN, PLATFORMS, type AccountId as AccountIdType, type Platform as PlatformType } from './platform'

export const Platform: z.ZodMiniType<PlatformType> = z.enum(PLATFORMS)
export const AccountId: z.ZodMiniType<AccountIdType> = z.string().check(z.regex(ACCOUNT_ID_PATTERN, 'an account id is a number'))
export const AccountRef = z.strictObject({ platform: Platform, accountId: AccountId })
