/**
 * The toolbar badge. Globally: how many accounts sent their objection 24 hours ago or more and have
 * no confirmation recorded (core/reminders.ts). Per tab: a mark on a facebook/instagram tab whose
 * account has not objected yet, set when its content script reports the account (no `tabs`
 * permission needed). An alarm wakes the worker at the next due time; every start recomputes
 * from storage, so nothing is lost when the service worker or the browser restarts.
 */
import browser from 'webextension-polyfill'
import { planReminders, NOT_STARTED_BADGE } from '../core/reminders'
import { accountKey, refOfAccountKey, type AccountRef } from '../core/platform'
import type { Status } from '../core/objection'
import type { AccountsStore } from './accounts-store'
import { TAB_PREFIX } from './session-keys'

export const REMINDER_ALARM = 'reminders'
const BADGE_COLOR = '#b3261e'
const tabKey = (tabId: number): string => `${TAB_PREFIX}${tabId}`

export async function refreshReminders(store: AccountsStore, now: Date = new Date()): Promise<void> {
  const { accounts } = await store.all()
  const plan = planReminders(accounts, now)
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR })
  await browser.action.setBadgeText({ text: plan.badgeText })
  if (plan.nextCheckAt === null) await browser.alarms.clear(REMINDER_ALARM)
  else browser.alarms.create(REMINDER_ALARM, { when: plan.nextCheckAt })
}

/** Marks a tab while the account it shows has not objected; remembers which account it shows. */
export async function markTab(tabId: number, ref: AccountRef, status: Status): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: accountKey(ref) })
  await browser.action.setBadgeText({ tabId, text: status === 'not_started' ? NOT_STARTED_BADGE : null })
}

/** Every tab whose content script reported an account, with that account. */
export async function tabsShowingAccounts(): Promise<{ tabId: number; ref: AccountRef }[]> {
  const entries = Object.entries(await browser.storage.session.get(null))
  return entries.flatMap(([key, value]) => {
    const tabId = key.startsWith(TAB_PREFIX) ? Number(key.slice(TAB_PREFIX.length)) : NaN
    const ref = Number.isInteger(tabId) && typeof value === 'string' ? refOfAccountKey(value) : null
    return ref ? [{ tabId, ref }] : []
  })
}

/** The account a tab showed when its content script last reported, if any. */
export async function accountOfTab(tabId: number): Promise<AccountRef | undefined> {
  const value = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)]
  return (typeof value === 'string' && refOfAccountKey(value)) || undefined
}

export function wireReminders(store: AccountsStore): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refreshReminders(store)
  })
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)))
  // Every start of the worker (install, browser start, wake-up) recomputes from storage.
  void refreshReminders(store)
}
