import browser, { type Runtime } from 'webextension-polyfill'
import { AccountsStore } from './accounts-store'
import { route, type ContentScript } from './router'
import { catalogOf, localizerFor } from './localizer'
import { FORM_WORDS } from '../core/form-words'
import { accountOfTab, markTab, refreshReminders, wireReminders } from './reminders'
import { wireBannerPush } from './banner-push'
import { formTabs, onTabCreated } from './form-tabs'
import { accountKey, type AccountRef } from '../core/platform'
import { NewAccountLimit } from './new-accounts'

/** The form assistant's messages: its own and the platform names, from the English catalogue's keys. */
const assistantKeys = async (): Promise<string[]> =>
  Object.keys((await catalogOf('en')) ?? {}).filter((key) => key.startsWith('form_assistant_') || key.startsWith('platform_') || ['account_id', 'extShortName', 'banner_from'].includes(key))

const store = new AccountsStore(browser.storage.local)
const now = (): Date => new Date()
const newAccounts = new NewAccountLimit()

/** The files of the scripts run on request: the drawing and the description (built by scripts/build.mjs), the assistant as the manifest names it. */
const SCRIPT_FILES: Record<ContentScript, string | undefined> = {
  banner: 'src/content/banner-script.js',
  describe: 'src/content/describe-script.js',
  assistant: browser.runtime
    .getManifest()
    .content_scripts?.flatMap((script) => script.js ?? [])
    .find((file) => file.includes('assistant')),
}
const runScript = async (script: ContentScript, { tabId, frameId }: { tabId: number; frameId: number }): Promise<void> => {
  const file = SCRIPT_FILES[script]
  if (file) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true })
}

/**
 * The banner's "Record the confirmation": the toolbar popup where the browser lets an extension
 * open it (Chrome's action.openPopup(); Chrome hides the button in its puzzle menu), else the
 * popup's page in a new tab, on that account.
 */
const openPopup = async (ref: AccountRef): Promise<void> => {
  try {
    await browser.action.openPopup()
  } catch {
    await browser.tabs.create({ url: `${browser.runtime.getURL('src/popup/index.html')}?account=${encodeURIComponent(accountKey(ref))}` })
  }
}

/** Messages after which the reminder badge and alarm may change. */
const CHANGES_REMINDERS = new Set(['popup/record-event', 'popup/open-form', 'popup/import', 'popup/delete-account', 'popup/delete-all', 'content/form-submitted', 'content/mark-done'])

browser.runtime.onInstalled.addListener(() => void store.init())
wireReminders(store)
wireBannerPush({ store, now, localize: localizerFor })
const tabsOpeningForms = formTabs(browser.storage.session)
browser.tabs.onCreated.addListener((tab) => void onTabCreated(tab, browser.storage.session))
browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  const reply = await route(message, sender, {
    store,
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL(''),
    now,
    tabAccount: accountOfTab,
    runScript,
    formTabs: tabsOpeningForms,
    openTab: async (url) => (await browser.tabs.create({ url })).id,
    openPopup,
    newAccounts,
    localize: localizerFor,
    assistantKeys,
    formWords: FORM_WORDS,
  })
  const type = typeof message === 'object' && message !== null && 'type' in message ? String(message.type) : ''
  if (reply.type !== 'error' && CHANGES_REMINDERS.has(type)) void refreshReminders(store)
  if (reply.type === 'banner' && sender.tab?.id !== undefined) void markTab(sender.tab.id, reply, reply.status)
  return reply
})
