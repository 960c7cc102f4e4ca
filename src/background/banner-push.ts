/**
 * Tells each tab that shows an account when that account's banner changed, wherever the change
 * came from (a click in another tab, the popup, an import, the language picked). The content
 * script then neither polls nor listens to storage on every facebook/instagram page.
 */
import browser from 'webextension-polyfill'
import { isAccountKey, SETTINGS_KEY, storageKeyOfAccount } from '../core/storage-keys'
import { bannerOf, type RouterDeps } from './router'
import { markTab, tabsShowingAccounts } from './reminders'

export function wireBannerPush(deps: Pick<RouterDeps, 'store' | 'now' | 'localize'>): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return
    const keys = Object.keys(changes)
    const everyTab = keys.includes(SETTINGS_KEY)
    const changed = new Set(keys.filter(isAccountKey))
    if (everyTab || changed.size) void push(deps, (key) => everyTab || changed.has(key))
  })
}

async function push(deps: Pick<RouterDeps, 'store' | 'now' | 'localize'>, wanted: (storageKey: string) => boolean): Promise<void> {
  /** One state per account, however many tabs show it. */
  const states = new Map<string, ReturnType<typeof bannerOf>>()
  for (const { tabId, ref } of await tabsShowingAccounts()) {
    const key = storageKeyOfAccount(ref)
    if (!wanted(key)) continue
    if (!states.has(key)) states.set(key, bannerOf(ref, deps))
    const state = await states.get(key)
    if (!state) continue
    // A tab closed or gone elsewhere has no content script to answer: nothing to tell it.
    browser.tabs.sendMessage(tabId, state, { frameId: 0 }).catch(() => undefined)
    await markTab(tabId, ref, state.status)
  }
}
