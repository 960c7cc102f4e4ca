/** The popup's typed channel to the background: every reply is parsed before use. */
import browser from 'webextension-polyfill'
import * as z from 'zod/mini'
import { BackgroundToPopup, type AppState, type PopupToBackground } from '../core/messages'
import type { Backup } from '../core/backup'
import type { AccountRef } from '../core/platform'
import type { Account } from '../core/storage'
import { requestState, takeEarlyRequest } from './state-request'

export class BackgroundError extends Error {}

/** Parses a reply of the background; a reply of the wrong shape or an error reply throws. */
function parseReply(reply: unknown): BackgroundToPopup {
  const parsed = BackgroundToPopup.safeParse(reply)
  if (!parsed.success) throw new BackgroundError(z.prettifyError(parsed.error))
  if (parsed.data.type === 'error') throw new BackgroundError(parsed.data.message)
  return parsed.data
}

export async function ask(message: PopupToBackground): Promise<BackgroundToPopup> {
  return parseReply(await browser.runtime.sendMessage(message))
}

export async function loadState(): Promise<AppState> {
  const pending = takeEarlyRequest() ?? requestState(browser)
  const reply = parseReply(await pending)
  if (reply.type !== 'state') throw new BackgroundError(`unexpected reply ${reply.type}`)
  return reply
}

/** One account with its whole event log; null when it is not stored. */
export async function loadAccount(ref: AccountRef): Promise<Account | null> {
  const reply = await ask({ type: 'popup/get-account', platform: ref.platform, accountId: ref.accountId })
  if (reply.type !== 'account') throw new BackgroundError(`unexpected reply ${reply.type}`)
  return reply.account
}

/** Everything stored, as a proof backup. */
export async function loadBackup(): Promise<Backup> {
  const reply = await ask({ type: 'popup/get-backup' })
  if (reply.type !== 'backup') throw new BackgroundError(`unexpected reply ${reply.type}`)
  return reply.backup
}
