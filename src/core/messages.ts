/**
 * Messages between the extension's contexts, one discriminated union per direction.
 * Types are named by direction; every receiver parses, and a message of the wrong shape
 * gets an `error` reply, never a crash.
 */
import * as z from 'zod/mini'
import { AccountId, AccountRef, Platform } from './platform-schema'
import { Email, ObjectionEvent, PROOF_TEXT_MAX, Status } from './objection'
import { Account, Settings } from './storage'
import { AccountSummary } from './account-summary'
import { Backup } from './backup'

const Ref = { platform: Platform, accountId: AccountId }
const LABEL_MAX = 200
const Label = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(LABEL_MAX)))

export const ContentToBackground = z.discriminatedUnion('type', [
  /** The content script found a logged-in account; the reply says what to show. */
  z.strictObject({ type: z.literal('content/account-seen'), ...Ref, label: Label }),
  z.strictObject({ type: z.literal('content/banner-snooze'), ...Ref }),
  z.strictObject({ type: z.literal('content/banner-dismiss'), ...Ref }),
  /** The banner's "Record the confirmation": open the popup (or, where it cannot open, its page in a tab). */
  z.strictObject({ type: z.literal('content/open-popup'), ...Ref }),
  z.strictObject({ type: z.literal('content/mark-done'), ...Ref, objectedOn: z.iso.date() }),
  z.strictObject({ type: z.literal('content/form-opened'), ...Ref }),
  /** `emailTooLong`: the field held more than an address can (EMAIL_MAX); it is never sent. */
  z.strictObject({ type: z.literal('content/form-submitted'), ...Ref, email: z.optional(Email), emailTooLong: z.optional(z.literal(true)) }),
  /** The form assistant's "Keep this address for this account", on the user's own click: the account's expected e-mail, where none is saved. */
  z.strictObject({ type: z.literal('content/keep-email'), ...Ref, email: Email }),
  /** Meta's page said it received the request: its words become the note of the submission just recorded. */
  z.strictObject({
    type: z.literal('content/form-confirmation-seen'),
    ...Ref,
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  }),
  /** The form assistant's words, in the language picked in the popup (or the browser's); no platform on Meta's help site. */
  z.strictObject({ type: z.literal('content/assistant-context'), platform: z.optional(Platform) }),
  /** Meta's help site only: the account that opened the form in this tab, and the known accounts of a product to ask about. */
  z.strictObject({ type: z.literal('content/help-accounts'), platform: z.optional(Platform) }),
  /** Meta's help site only: the user said which known account this form is for. */
  z.strictObject({ type: z.literal('content/help-account-chosen'), ...Ref }),
  /** In-page navigation reached a page that can hold the form: run the form assistant's script in this frame. */
  z.strictObject({ type: z.literal('content/assistant-wanted'), platform: Platform }),
  /** The user asked the form assistant for a description of the page: run its script in this frame. */
  z.strictObject({ type: z.literal('content/describe-wanted'), platform: z.optional(Platform) }),
  /** The page has a banner to show for the first time: run the banner's drawing script in this frame. */
  z.strictObject({ type: z.literal('content/banner-wanted'), platform: Platform }),
])
export type ContentToBackground = z.infer<typeof ContentToBackground>

/** An event as the popup asks to record it; the background stamps the time. */
export const EventInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('form_opened') }),
  z.strictObject({ type: z.literal('submitted'), email: z.optional(Email) }),
  z.strictObject({
    type: z.literal('confirmation_recorded'),
    receivedAt: z.iso.datetime({ offset: true }),
    receivedOn: z.optional(z.iso.date()),
    from: z.optional(z.string().check(z.maxLength(500))),
    subject: z.optional(z.string().check(z.maxLength(2000))),
    to: z.optional(z.string().check(z.maxLength(500))),
    senderIsMeta: z.optional(z.boolean()),
    text: z.optional(z.string().check(z.maxLength(PROOF_TEXT_MAX, `the e-mail text is longer than ${PROOF_TEXT_MAX} characters`))),
  }),
  z.strictObject({ type: z.literal('marked_done'), objectedOn: z.iso.date() }),
  z.strictObject({ type: z.literal('reset') }),
])
export type EventInput = z.infer<typeof EventInput>

export const PopupToBackground = z.discriminatedUnion('type', [
  /** `tabId`: the popup's active tab, so the account that tab shows comes first. */
  z.strictObject({ type: z.literal('popup/get-state'), tabId: z.optional(z.int().check(z.nonnegative())) }),
  /** One account with its whole event log (the printable proof). */
  z.strictObject({ type: z.literal('popup/get-account'), ...Ref }),
  /** Everything, as a proof backup to save as a file. */
  z.strictObject({ type: z.literal('popup/get-backup') }),
  z.strictObject({ type: z.literal('popup/record-event'), ...Ref, event: EventInput }),
  /** Opens Meta's form for the account in a new tab, which then knows the account by its id, and records form_opened. */
  z.strictObject({ type: z.literal('popup/open-form'), ...Ref }),
  z.strictObject({
    type: z.literal('popup/update-account'),
    ...Ref,
    label: z.optional(z.string().check(z.maxLength(200))),
    expectedEmail: z.optional(z.union([Email, z.literal('')])),
    bannerDismissed: z.optional(z.boolean()),
  }),
  z.strictObject({ type: z.literal('popup/set-settings'), settings: Settings }),
  /** Merges a proof backup the popup read and validated; validated again here. */
  z.strictObject({ type: z.literal('popup/import'), backup: Backup }),
  z.strictObject({ type: z.literal('popup/delete-account'), ...Ref }),
  z.strictObject({ type: z.literal('popup/delete-all') }),
  /** Marks a Facebook and an Instagram account as sharing one Accounts Center. */
  z.strictObject({ type: z.literal('popup/link-accounts'), facebookId: AccountId, instagramId: AccountId }),
  z.strictObject({ type: z.literal('popup/unlink-account'), ...Ref }),
  /** Shows again the banners the user dismissed or snoozed, on every account. */
  z.strictObject({ type: z.literal('popup/reenable-banners') }),
])
export type PopupToBackground = z.infer<typeof PopupToBackground>

export const ErrorCode = z.enum(['bad_message', 'bad_sender', 'failed'])
export const ErrorReply = z.strictObject({ type: z.literal('error'), code: ErrorCode, message: z.string() })
export type ErrorReply = z.infer<typeof ErrorReply>
const OkReply = z.strictObject({ type: z.literal('ok') })

/** The banner's words in the user's language (see banner-text.ts). */
export const BannerText = z.strictObject({
  lang: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  region: z.string(),
  name: z.string(),
  from: z.string(),
  deadline: z.string(),
  opened: z.string(),
  account: z.string(),
  submitted: z.string(),
  objectNow: z.string(),
  alreadyDone: z.string(),
  snooze: z.string(),
  dismiss: z.string(),
  choices: z.string(),
  record: z.string(),
  doneWhen: z.string(),
  save: z.string(),
  cancel: z.string(),
  collapse: z.string(),
  error: z.string(),
})
export type BannerText = z.infer<typeof BannerText>

/** What the banner shows for an account; `show: false` when there is nothing to say. */
export const BannerState = z.strictObject({
  type: z.literal('banner'),
  ...Ref,
  status: Status,
  show: z.boolean(),
  label: z.optional(z.string().check(z.maxLength(LABEL_MAX))),
  /** The address the user expects the form to show, for the form assistant. */
  expectedEmail: z.optional(Email),
  text: BannerText,
})
export type BannerState = z.infer<typeof BannerState>

const Words = z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(50))

/** The words that recognise Meta's form in one language (see form-recognition.ts). */
export const FormWordsSchema = z.strictObject({
  lang: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  headings: Words,
  objectStems: Words,
  aiWords: Words,
  emailLabels: Words,
  explanationLabels: Words,
  submit: Words,
  aiQuestions: Words,
  yes: Words,
  confirmations: Words,
})

/**
 * What the form assistant needs, sent only to pages that can hold the form: its words resolved in
 * the user's language (each message with its substitutions as $1, $2…, as translate.ts reads
 * them) and the words that recognise Meta's form in every language.
 */
export const AssistantContext = z.strictObject({
  type: z.literal('assistant-context'),
  lang: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  catalog: z.record(z.string(), z.strictObject({ message: z.string() })),
  formWords: z.array(FormWordsSchema).check(z.maxLength(100)),
})
export type AssistantContext = z.infer<typeof AssistantContext>

/** A known account, as the form assistant on Meta's help site offers it to choose. */
const KnownAccount = z.strictObject({ ...Ref, label: Label })

/** The accounts for the form assistant on Meta's help site: the one that opened the form here, and those to choose from. */
export const HelpAccounts = z.strictObject({
  type: z.literal('help-accounts'),
  remembered: z.optional(KnownAccount),
  known: z.array(KnownAccount).check(z.maxLength(100)),
})
export type HelpAccounts = z.infer<typeof HelpAccounts>

export const BackgroundToContent = z.discriminatedUnion('type', [BannerState, AssistantContext, HelpAccounts, OkReply, ErrorReply])
export type BackgroundToContent = z.infer<typeof BackgroundToContent>

/** What the popup's first screen needs; event logs come with popup/get-account and popup/get-backup. */
export const AppState = z.strictObject({
  type: z.literal('state'),
  accounts: z.array(AccountSummary),
  settings: Settings,
  /** How many stored entries were kept aside for failing the schema. */
  quarantined: z.int().check(z.nonnegative()),
  /** The account the popup's active tab shows, as its content script last reported. */
  activeAccount: z.optional(AccountRef),
  /** Storage refused a write for quota (`full`), or a newer version wrote it (`read_only`): the popup says so. */
  storage: z.optional(z.enum(['full', 'read_only'])),
  /** New accounts a tab reported that were not added in the last hour (more than a person logs in to). */
  refusedAccounts: z.optional(z.int().check(z.positive())),
})
export type AppState = z.infer<typeof AppState>

/** `account: null`: no such account is stored. */
export const AccountReply = z.strictObject({ type: z.literal('account'), account: z.nullable(Account) })
export const BackupReply = z.strictObject({ type: z.literal('backup'), backup: Backup })

export const BackgroundToPopup = z.discriminatedUnion('type', [AppState, AccountReply, BackupReply, OkReply, ErrorReply])
export type BackgroundToPopup = z.infer<typeof BackgroundToPopup>

export { ObjectionEvent }
