/**
 * Turns a runtime message into a reply. Checks the sender, parses the message for that sender's
 * direction, and never throws: anything wrong becomes an `error` reply.
 */
import * as z from 'zod/mini'
import { classifySender, type SenderLike } from '../core/sender'
import {
  ContentToBackground,
  PopupToBackground,
  type BackgroundToContent,
  type BackgroundToPopup,
  type BannerState,
  type ErrorReply,
  type AssistantContext,
  type EventInput,
} from '../core/messages'
import { deriveStatus, EMAIL_NOT_KEPT_NOTE, type ObjectionEvent } from '../core/objection'
import { bannerShows, SNOOZE_DAYS } from '../core/banner'
import { PAGE_EVENTS_MAX, type Account, type Settings } from '../core/storage'
import type { AccountRef } from '../core/platform'
import type { AccountsStore } from './accounts-store'
import { deleteAccountPlan, deleteAllPlan, importPlan, linkPlan, reenableBannersPlan, unlinkPlan } from './data-plans'
import { addDays } from 'date-fns'
import { bannerText, type Localizer } from '../core/banner-text'
import type { FormWords } from '../core/form-recognition'
import { summarize } from '../core/account-summary'
import type { FormTabs } from './form-tabs'
import { makeBackup } from '../core/backup'
import type { NewAccountLimit } from './new-accounts'
import { primaryObjectionForm } from '../core/facts'

export interface RouterDeps {
  store: AccountsStore
  ownId: string
  ownOrigin: string
  now: () => Date
  /** The words of the language picked in the popup, or of the browser's when none was. */
  localize: (language: string | undefined) => Promise<Localizer>
  /** Keys of the messages the content script's form assistant shows. */
  assistantKeys: () => Promise<readonly string[]>
  /** The words that recognise Meta's form, every language. */
  formWords: readonly FormWords[]
  /** The account a tab's content script last reported, for the popup's active tab. */
  tabAccount?: (tabId: number) => Promise<AccountRef | undefined>
  /** Which account opened Meta's form in a tab, for Meta's help site where no cookie tells it. */
  formTabs?: FormTabs
  /** Opens an address in a new tab of the current window (tabs.create, no permission needed); its tab's id. */
  openTab?: (url: string) => Promise<number | undefined>
  /** Opens the popup (action.openPopup() where the browser allows it), else its page in a tab, on that account. */
  openPopup?: (ref: AccountRef) => Promise<void>
  /** Whether a tab may create one more account now (a few per hour); no limit without it. */
  newAccounts?: NewAccountLimit
  /** Runs one of the extension's own content scripts in a frame of a facebook/instagram tab. */
  runScript?: (script: ContentScript, target: { tabId: number; frameId: number }) => Promise<void>
}

/** The content scripts the background runs on request: the banner's drawing, the form assistant, the description of a page. */
export type ContentScript = 'banner' | 'assistant' | 'describe'

const error = (code: ErrorReply['code'], message: string): ErrorReply => ({ type: 'error', code, message })

function bannerState(account: Account, settings: Settings, now: Date, localizer: Localizer): BannerState {
  return {
    type: 'banner',
    platform: account.platform,
    accountId: account.accountId,
    status: deriveStatus(account.events),
    show: bannerShows(account, now) && !settings.bannersOff?.includes(account.platform),
    ...(account.label ? { label: account.label } : {}),
    ...(account.expectedEmail ? { expectedEmail: account.expectedEmail } : {}),
    text: bannerText(localizer, account, now),
  }
}

/** The address the user expects Meta's form to show for an account, as the popup and the form assistant save it; '' forgets it. */
const withExpectedEmail = (account: Account, email: string): Account => ({ ...account, expectedEmail: email || undefined })

function appendEvent(event: ObjectionEvent) {
  return (account: Account): Account => ({ ...account, events: [...account.events, event] })
}

/**
 * A step reported more than once is one: the banner's click, the form page and the popup's button
 * on one opening of the form within a few minutes; a click then the submit event of one submission.
 */
const REPEAT_WINDOW_MS: Partial<Record<ObjectionEvent['type'], number>> = { form_opened: 5 * 60_000, submitted: 10_000 }

function appendUnlessRepeated(event: ObjectionEvent) {
  return (account: Account): Account => {
    const last = account.events.at(-1)
    const windowMs = REPEAT_WINDOW_MS[event.type] ?? 0
    const repeated =
      last?.type === event.type &&
      Date.parse(event.at) - Date.parse(last.at) < windowMs &&
      (last.type !== 'submitted' || event.type !== 'submitted' || last.email === event.email)
    return repeated ? account : appendEvent(event)(account)
  }
}

/**
 * Events a page's script can bring about, as the content script reports them (a form shown, a
 * Send activated), count at most this many per account in any 24 hours, and none past
 * PAGE_EVENTS_MAX in the log: a hostile page can neither fill storage nor lock the log, which keeps
 * room for the user's own events (from the popup, and the banner's "I already objected").
 */
export const PAGE_EVENTS_PER_DAY = 20
const DAY_MS = 24 * 60 * 60_000
const PAGE_DRIVEN = new Set<ObjectionEvent['type']>(['form_opened', 'submitted'])

function appendPageEvent(event: ObjectionEvent) {
  return (account: Account): Account => {
    if (account.events.length >= PAGE_EVENTS_MAX) return account
    const since = Date.parse(event.at) - DAY_MS
    const lastDay = account.events.filter((e) => PAGE_DRIVEN.has(e.type) && Date.parse(e.at) > since).length
    return lastDay >= PAGE_EVENTS_PER_DAY ? account : appendUnlessRepeated(event)(account)
  }
}

/** Minutes after a submission during which Meta's confirmation screen can still be noted on it. */
const CONFIRMATION_NOTE_WINDOW_MS = 30 * 60_000

function noteConfirmation(text: string, now: Date) {
  return (account: Account): Account => {
    const last = account.events.at(-1)
    if (last?.type !== 'submitted' || now.getTime() - Date.parse(last.at) > CONFIRMATION_NOTE_WINDOW_MS) return account
    if (last.note && last.note !== EMAIL_NOT_KEPT_NOTE) return account
    const note = last.note ? `${last.note} ${text}`.slice(0, 500) : text
    return { ...account, events: [...account.events.slice(0, -1), { ...last, note }] }
  }
}

const stampEvent = (input: EventInput, at: string): ObjectionEvent => ({ ...input, at })

/** The assistant's messages, resolved in the user's language, substitutions left as $1, $2, $3. */
async function assistantContext(deps: RouterDeps): Promise<AssistantContext> {
  const { t, lang, dir } = await deps.localize((await deps.store.settings()).language)
  const catalog: AssistantContext['catalog'] = {}
  for (const key of await deps.assistantKeys()) catalog[key] = { message: t(key, ['$1', '$2', '$3']) }
  return { type: 'assistant-context', lang, dir, catalog, formWords: [...deps.formWords] }
}

type BannerDeps = Pick<RouterDeps, 'store' | 'localize'>

/** What the banner of `account` shows at `now`, in the language of the settings. */
async function bannerFor(account: Account, now: Date, deps: BannerDeps): Promise<BannerState> {
  const settings = await deps.store.settings()
  return bannerState(account, settings, now, await deps.localize(settings.language))
}

/** What the banner of `ref` shows now, or undefined for an account that is not (or no longer) stored. */
export async function bannerOf(ref: AccountRef, deps: BannerDeps & Pick<RouterDeps, 'now'>): Promise<BannerState | undefined> {
  const account = await deps.store.get(ref)
  return account && bannerFor(account, deps.now(), deps)
}

/** The frame a content script's message came from, where a script can be run. */
const frameOf = (sender: SenderLike): { tabId: number; frameId: number } | undefined =>
  sender.tab?.id === undefined ? undefined : { tabId: sender.tab.id, frameId: sender.frameId ?? 0 }

type AccountMessage = Exclude<
  ContentToBackground,
  { type: 'content/assistant-context' | 'content/help-accounts' | 'content/help-account-chosen' | 'content/assistant-wanted' | 'content/banner-wanted' | 'content/describe-wanted' }
>

const SCRIPT_WANTED = { 'content/assistant-wanted': 'assistant', 'content/banner-wanted': 'banner', 'content/describe-wanted': 'describe' } as const

async function runWanted(type: keyof typeof SCRIPT_WANTED, sender: SenderLike, deps: RouterDeps): Promise<BackgroundToContent> {
  const frame = frameOf(sender)
  if (!frame || !deps.runScript) return error('failed', 'no tab to run the script in')
  await deps.runScript(SCRIPT_WANTED[type], frame)
  return { type: 'ok' }
}

async function handleContent(message: ContentToBackground, sender: SenderLike, deps: RouterDeps): Promise<BackgroundToContent> {
  if (message.type === 'content/assistant-context') return assistantContext(deps)
  if (message.type === 'content/help-accounts' || message.type === 'content/help-account-chosen') return error('bad_sender', 'only for Meta\'s help site')
  if (message.type === 'content/assistant-wanted' || message.type === 'content/banner-wanted' || message.type === 'content/describe-wanted') return runWanted(message.type, sender, deps)
  const frame = frameOf(sender)
  if (message.type === 'content/form-opened' && frame) await deps.formTabs?.remember(frame.tabId, message)
  return recordForAccount(message, sender, deps)
}

/** The messages on Meta's help site: the account is the one that opened the form in this tab, or the one the user chose. */
async function handleHelp(message: ContentToBackground, sender: SenderLike, deps: RouterDeps): Promise<BackgroundToContent> {
  const tabId = sender.tab?.id
  if (tabId === undefined || !deps.formTabs) return error('failed', 'no tab')
  switch (message.type) {
    case 'content/assistant-context':
      return assistantContext(deps)
    case 'content/describe-wanted':
      return runWanted(message.type, sender, deps)
    case 'content/help-accounts': {
      const { accounts } = await deps.store.all()
      const entry = (a: Account) => ({ platform: a.platform, accountId: a.accountId, ...(a.label ? { label: a.label } : {}) })
      const remembered = await deps.formTabs.accountOf(tabId)
      const mine = remembered && accounts.find((a) => a.platform === remembered.platform && a.accountId === remembered.accountId)
      const known = accounts.filter((a) => !message.platform || a.platform === message.platform).slice(0, 100).map(entry)
      return { type: 'help-accounts', ...(mine ? { remembered: entry(mine) } : {}), known }
    }
    case 'content/help-account-chosen': {
      const account = await deps.store.get(message)
      if (!account) return error('failed', 'unknown account')
      await deps.formTabs.remember(tabId, message)
      return bannerFor(account, deps.now(), deps)
    }
    case 'content/form-opened':
    case 'content/form-submitted':
    case 'content/form-confirmation-seen':
    case 'content/keep-email': {
      const opened = await deps.formTabs.accountOf(tabId)
      if (opened?.platform !== message.platform || opened.accountId !== message.accountId) return error('bad_sender', 'the form in this tab was not opened for that account')
      return recordForAccount(message, sender, deps)
    }
    default:
      return error('bad_sender', `${message.type} is not taken from Meta's help site`)
  }
}

async function recordForAccount(message: AccountMessage, sender: SenderLike, deps: RouterDeps): Promise<BackgroundToContent> {
  const now = deps.now()
  const ref: AccountRef = { platform: message.platform, accountId: message.accountId }
  let refused = false
  const allowed = (): boolean => {
    refused = deps.newAccounts ? !deps.newAccounts.allow(sender.tab?.id, now) : false
    return !refused
  }
  let account: Account | undefined
  switch (message.type) {
    case 'content/account-seen':
      account = await deps.store.update(ref, (a) => (a.label || !message.label ? a : { ...a, label: message.label }), {
        create: message.label ? { label: message.label, allowed } : { allowed },
      })
      break
    case 'content/banner-snooze':
      account = await deps.store.update(ref, (a) => ({ ...a, banner: { ...a.banner, snoozedUntil: addDays(now, SNOOZE_DAYS).toISOString() } }))
      break
    case 'content/open-popup':
      account = await deps.store.get(ref)
      if (account) await deps.openPopup?.(ref)
      break
    case 'content/banner-dismiss':
      account = await deps.store.update(ref, (a) => ({ ...a, banner: { ...a.banner, dismissed: true } }))
      break
    case 'content/mark-done':
      account = await deps.store.update(ref, appendEvent({ type: 'marked_done', at: now.toISOString(), objectedOn: message.objectedOn }))
      break
    case 'content/form-opened':
      account = await deps.store.update(ref, appendPageEvent({ type: 'form_opened', at: now.toISOString() }), { create: { allowed } })
      break
    case 'content/form-submitted':
      account = await deps.store.update(
        ref,
        appendPageEvent({
          type: 'submitted',
          at: now.toISOString(),
          ...(message.email ? { email: message.email } : message.emailTooLong ? { note: EMAIL_NOT_KEPT_NOTE } : {}),
        }),
        { create: { allowed } },
      )
      break
    case 'content/form-confirmation-seen':
      account = await deps.store.update(ref, noteConfirmation(message.text, now))
      break
    case 'content/keep-email':
      // Fills an empty address only: one the user saved in the popup is never replaced from a page.
      account = await deps.store.update(ref, (a) => (a.expectedEmail ? a : withExpectedEmail(a, message.email)))
      break
  }
  if (refused) return error('failed', 'not added: more new accounts in this tab within an hour than a person logs in to')
  if (!account) return error('failed', 'unknown account')
  const state = await bannerFor(account, now, deps)
  // A page that reports its account and has a banner to show gets the drawing at once, beside
  // the reply, rather than after asking for it (content/banner-wanted stays for later banners).
  const frame = frameOf(sender)
  if (message.type === 'content/account-seen' && state.show && frame) void deps.runScript?.('banner', frame).catch(() => undefined)
  return state
}

async function handlePopup(message: PopupToBackground, deps: RouterDeps): Promise<BackgroundToPopup> {
  const now = deps.now()
  switch (message.type) {
    case 'popup/get-state': {
      const { accounts, settings, quarantine } = await deps.store.all()
      const activeAccount = message.tabId === undefined ? undefined : await deps.tabAccount?.(message.tabId)
      const summaries = accounts.map((a) => summarize(a, now))
      const storage = deps.store.condition()
      const refusedAccounts = deps.newAccounts?.refused(now) ?? 0
      return {
        type: 'state',
        accounts: summaries,
        settings,
        quarantined: quarantine.length,
        ...(activeAccount ? { activeAccount } : {}),
        ...(storage === 'ok' ? {} : { storage }),
        ...(refusedAccounts ? { refusedAccounts } : {}),
      }
    }
    case 'popup/get-account':
      return { type: 'account', account: (await deps.store.get(message)) ?? null }
    case 'popup/get-backup': {
      const { accounts, settings, quarantine } = await deps.store.all()
      return { type: 'backup', backup: makeBackup({ accounts: [...accounts], settings, quarantine: [...quarantine] }, now) }
    }
    case 'popup/open-form': {
      if (!(await deps.store.get(message))) return error('failed', 'unknown account')
      // The tab is known by its id from its creation on: Meta's help site, where no cookie names the account, asks by it.
      const tabId = await deps.openTab?.(primaryObjectionForm(message.platform))
      if (tabId !== undefined) await deps.formTabs?.remember(tabId, message)
      const done = await deps.store.update(message, appendUnlessRepeated({ type: 'form_opened', at: now.toISOString() }))
      return done ? { type: 'ok' } : error('failed', 'unknown account')
    }
    case 'popup/record-event': {
      const event = stampEvent(message.event, now.toISOString())
      const done = await deps.store.update(message, event.type === 'form_opened' ? appendUnlessRepeated(event) : appendEvent(event))
      return done ? { type: 'ok' } : error('failed', 'unknown account')
    }
    case 'popup/update-account': {
      const done = await deps.store.update(message, (a) => {
        let next = { ...a }
        if (message.label !== undefined) next.label = message.label.trim() || undefined
        if (message.expectedEmail !== undefined) next = withExpectedEmail(next, message.expectedEmail)
        if (message.bannerDismissed !== undefined) next.banner = { ...a.banner, dismissed: message.bannerDismissed }
        return next
      })
      return done ? { type: 'ok' } : error('failed', 'unknown account')
    }
    case 'popup/set-settings':
      await deps.store.setSettings(message.settings)
      return { type: 'ok' }
    case 'popup/import':
      await deps.store.rewrite(importPlan(message.backup, now))
      return { type: 'ok' }
    case 'popup/delete-account':
      await deps.store.rewrite(deleteAccountPlan(message), { removeFirst: true })
      return { type: 'ok' }
    case 'popup/delete-all':
      await deps.store.rewrite(deleteAllPlan(), { removeFirst: true })
      return { type: 'ok' }
    case 'popup/link-accounts':
      await deps.store.rewrite(linkPlan(message.facebookId, message.instagramId))
      return { type: 'ok' }
    case 'popup/unlink-account':
      await deps.store.rewrite(unlinkPlan(message))
      return { type: 'ok' }
    case 'popup/reenable-banners':
      await deps.store.rewrite(reenableBannersPlan())
      return { type: 'ok' }
  }
}

export async function route(message: unknown, sender: SenderLike, deps: RouterDeps): Promise<BackgroundToContent | BackgroundToPopup> {
  const from = classifySender(sender, deps.ownId, deps.ownOrigin)
  if (from.kind === 'rejected') return error('bad_sender', from.why)
  try {
    if (from.kind === 'content' || from.kind === 'help') {
      const parsed = ContentToBackground.safeParse(message)
      if (!parsed.success) return error('bad_message', z.prettifyError(parsed.error))
      if (from.kind === 'help') return await handleHelp(parsed.data, sender, deps)
      if (parsed.data.platform !== undefined && parsed.data.platform !== from.platform) return error('bad_sender', `a ${from.platform} page cannot speak for a ${parsed.data.platform} account`)
      return await handleContent(parsed.data, sender, deps)
    }
    const parsed = PopupToBackground.safeParse(message)
    if (!parsed.success) return error('bad_message', z.prettifyError(parsed.error))
    return await handlePopup(parsed.data, deps)
  } catch (cause) {
    return error('failed', cause instanceof Error ? cause.message : String(cause))
  }
}
