import browser, { type Runtime } from 'webextension-polyfill'
import { AccountsStore } from './accounts-store'
import { route } from './router'

const store = new AccountsStore(browser.storage.local)

browser.runtime.onInstalled.addListener(() => void store.init())
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender, {
    store,
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL(''),
    now: () => new Date(),
  }),
)
