/**
 * The content script's check of the background's replies, without zod: zod's runtime would
 * triple the content script's size on every facebook page. The zod schema `BackgroundToContent`
 * stays the source of truth; a property test proves this check accepts exactly what it accepts.
 */
import { regexes } from 'zod/v4/core'
import type { BackgroundToContent } from './messages'

const STATUSES = new Set(['not_started', 'form_opened', 'submitted', 'confirmed'])
const PLATFORMS = new Set(['facebook', 'instagram'])
const ERROR_CODES = new Set(['bad_message', 'bad_sender', 'failed'])
const BANNER_KEYS = new Set(['type', 'platform', 'accountId', 'status', 'show', 'label', 'expectedEmail', 'text'])
const TEXT_KEYS = ['lang', 'dir', 'region', 'name', 'from', 'deadline', 'opened', 'account', 'submitted', 'objectNow', 'alreadyDone', 'snooze', 'dismiss', 'choices', 'record', 'doneWhen', 'save', 'cancel', 'collapse', 'error']
const TEXT_KEY_SET = new Set(TEXT_KEYS)

const CONTEXT_KEYS = new Set(['type', 'lang', 'dir', 'catalog', 'formWords'])
const WORD_LISTS = ['headings', 'objectStems', 'aiWords', 'emailLabels', 'explanationLabels', 'submit', 'aiQuestions', 'yes', 'confirmations']
const WORDS_KEYS = new Set(['lang', ...WORD_LISTS])
const isWordList = (x: unknown): boolean =>
  Array.isArray(x) && x.length <= 50 && x.every((w) => typeof w === 'string' && w.length >= 1 && w.length <= 300)
const isFormWords = (x: unknown): boolean =>
  isObject(x) && hasOnly(x, WORDS_KEYS) && typeof x.lang === 'string' && /^[a-z]{2,3}$/.test(x.lang) && WORD_LISTS.every((k) => isWordList(x[k]))
const MESSAGE_KEYS = new Set(['message'])

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const hasOnly = (x: Record<string, unknown>, keys: Set<string>) => Object.keys(x).every((k) => keys.has(k))
/** zod treats an own key holding `undefined` like an absent optional key. */
const optionalString = (x: unknown, max: number) => x === undefined || (typeof x === 'string' && x.length <= max)

const isBannerText = (x: unknown): boolean =>
  isObject(x) && hasOnly(x, TEXT_KEY_SET) && TEXT_KEYS.every((k) => typeof x[k] === 'string') && (x.dir === 'ltr' || x.dir === 'rtl')

/** The longest e-mail address there is (RFC 5321: a path of 256 octets, less its angle brackets). */
export const EMAIL_MAX = 254
/** zod's own e-mail pattern (the regex alone, not zod's runtime) and the length cap, so both checks agree. */
export const isEmail = (x: unknown): x is string => typeof x === 'string' && x.length <= EMAIL_MAX && regexes.email.test(x)

/**
 * What the page watcher, on every page, needs of a reply: its kind and, for a banner, whose it is
 * and whether it shows. The drawing script checks the whole reply (isBannerReply) before it draws.
 */
export type ReplyGist =
  | { type: 'banner'; platform: string; accountId: string; status: string; show: boolean }
  | { type: 'ok' }
  | { type: 'error' }

export function isReplyGist(x: unknown): x is ReplyGist {
  if (!isObject(x)) return false
  if (x.type === 'ok' || x.type === 'error') return true
  return x.type === 'banner' && typeof x.platform === 'string' && typeof x.accountId === 'string' && typeof x.status === 'string' && typeof x.show === 'boolean'
}

/** The replies the banner's script takes: what to show, ok, or an error (not the form assistant's context). */
export type BannerReply = Exclude<BackgroundToContent, { type: 'assistant-context' | 'help-accounts' }>

/** The check of the banner's script, which runs on every page: the assistant's part stays out of its code. */
export function isBannerReply(x: unknown): x is BannerReply {
  return isObject(x) && isBannerReplyObject(x)
}

export function isBackgroundToContent(x: unknown): x is BackgroundToContent {
  if (!isObject(x)) return false
  if (x.type === 'assistant-context') return isAssistantContext(x)
  if (x.type === 'help-accounts') return isHelpAccounts(x)
  return isBannerReplyObject(x)
}

const HELP_KEYS = new Set(['type', 'remembered', 'known'])
const KNOWN_KEYS = new Set(['platform', 'accountId', 'label'])
const isLabel = (x: unknown) => x === undefined || (typeof x === 'string' && x.trim().length >= 1 && x.trim().length <= 200)
const isKnownAccount = (x: unknown): boolean =>
  isObject(x) && hasOnly(x, KNOWN_KEYS) && PLATFORMS.has(x.platform as string) && typeof x.accountId === 'string' && /^[0-9]{1,24}$/.test(x.accountId) && isLabel(x.label)

function isHelpAccounts(x: Record<string, unknown>): boolean {
  return (
    hasOnly(x, HELP_KEYS) &&
    (x.remembered === undefined || isKnownAccount(x.remembered)) &&
    Array.isArray(x.known) &&
    x.known.length <= 100 &&
    x.known.every(isKnownAccount)
  )
}

function isAssistantContext(x: Record<string, unknown>): boolean {
  return (
    hasOnly(x, CONTEXT_KEYS) &&
    typeof x.lang === 'string' &&
    (x.dir === 'ltr' || x.dir === 'rtl') &&
    isObject(x.catalog) &&
    Object.values(x.catalog).every((entry) => isObject(entry) && hasOnly(entry, MESSAGE_KEYS) && typeof entry.message === 'string') &&
    Array.isArray(x.formWords) &&
    x.formWords.length <= 100 &&
    x.formWords.every(isFormWords)
  )
}

function isBannerReplyObject(x: Record<string, unknown>): boolean {
  switch (x.type) {
    case 'ok':
      return hasOnly(x, new Set(['type']))
    case 'error':
      return hasOnly(x, new Set(['type', 'code', 'message'])) && ERROR_CODES.has(x.code as string) && typeof x.message === 'string'
    case 'banner':
      return (
        hasOnly(x, BANNER_KEYS) &&
        PLATFORMS.has(x.platform as string) &&
        typeof x.accountId === 'string' &&
        /^[0-9]{1,24}$/.test(x.accountId) &&
        STATUSES.has(x.status as string) &&
        typeof x.show === 'boolean' &&
        optionalString(x.label, 200) &&
        (x.expectedEmail === undefined || isEmail(x.expectedEmail)) &&
        isBannerText(x.text)
      )
    default:
      return false
  }
}
