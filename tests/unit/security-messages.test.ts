/**
 * Every message receiver rejects wrong shapes and wrong senders. Table-driven over every variant of
 * ContentToBackground and PopupToBackground (the tables are typed as Records over the variants'
 * `type`, so a new variant does not compile until it is listed here): the valid message is accepted
 * from its own context; each malformed version and each wrong sender is refused with the right
 * error code, without throwing and without writing anything.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { OWN_ID, OWN_ORIGIN, routerDeps } from './router-deps'
import { AccountsStore } from '../../src/background/accounts-store'
import { route, type ContentScript, type RouterDeps } from '../../src/background/router'
import { makeBackup } from '../../src/core/backup'
import { ContentToBackground, PopupToBackground } from '../../src/core/messages'
import type { SenderLike } from '../../src/core/sender'
import type { Account } from '../../src/core/storage'
import { FakeStorage } from './fake-storage'
import type { FormTabs } from '../../src/background/form-tabs'
import { accountKey, refOfAccountKey } from '../../src/core/platform'

/** The background's memory of which account opened the form in which tab, in memory. */
function fakeFormTabs(): FormTabs & { tabs: Map<number, string> } {
  const tabs = new Map<number, string>()
  return {
    tabs,
    remember: async (tabId, ref) => void tabs.set(tabId, accountKey(ref)),
    accountOf: async (tabId) => refOfAccountKey(tabs.get(tabId)) ?? undefined,
  }
}

const OTHER_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba'
const NOW = new Date('2025-06-01T10:00:00.000Z')

const tab = (url: string, tabUrl: string = url, id = OWN_ID): SenderLike => ({ id, url, tab: { id: 9, url: tabUrl } })
const POPUP: SenderLike = { id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` }
const FACEBOOK_TAB = tab('https://www.facebook.com/')
const INSTAGRAM_TAB = tab('https://www.instagram.com/')
const HELP_TAB = tab('https://help.meta.com/support/privacy')

const FB = { platform: 'facebook', accountId: '100012345' } as const
const IG = { platform: 'instagram', accountId: '4242' } as const
const account = (ref: typeof FB | typeof IG, events: Account['events']): Account => ({ ...ref, createdAt: '2025-05-01T09:00:00.000Z', events, banner: { dismissed: false } })
const SEEDED = {
  schemaVersion: 1,
  settings: {},
  'account:facebook:100012345': account(FB, [{ type: 'submitted', at: '2025-06-01T09:55:00.000Z' }]),
  'account:instagram:4242': account(IG, []),
}

/** A well-formed address of `length` characters (labels of at most 63). */
const longEmail = (length: number): string => {
  const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(length - 64 - 1 - 64 - 64 - 4)}.org`
  return `${'a'.repeat(64)}@${domain}`
}

type Case = {
  /** A message the receiver accepts from its own context. */
  valid: Record<string, unknown>
  /** Keys that may be left out. */
  optional?: string[]
  /** Malformed versions particular to this variant, beyond the generic ones. */
  malformed?: [string, unknown][]
  /** Taken only from the form assistant on Meta's help site. */
  help?: true
}

const CONTENT: Record<ContentToBackground['type'], Case> = {
  'content/account-seen': {
    valid: { type: 'content/account-seen', ...FB, label: 'Jane' },
    optional: ['label'],
    malformed: [
      ['an empty label', { type: 'content/account-seen', ...FB, label: '  ' }],
      ['a label of 201 characters', { type: 'content/account-seen', ...FB, label: 'x'.repeat(201) }],
    ],
  },
  'content/banner-snooze': { valid: { type: 'content/banner-snooze', ...FB } },
  'content/banner-dismiss': { valid: { type: 'content/banner-dismiss', ...FB } },
  'content/open-popup': { valid: { type: 'content/open-popup', ...FB } },
  'content/mark-done': {
    valid: { type: 'content/mark-done', ...FB, objectedOn: '2025-05-10' },
    malformed: [
      ['a date that is not ISO', { type: 'content/mark-done', ...FB, objectedOn: '10/05/2025' }],
      ['an impossible date', { type: 'content/mark-done', ...FB, objectedOn: '2025-02-30' }],
    ],
  },
  'content/form-opened': { valid: { type: 'content/form-opened', ...FB } },
  'content/form-submitted': {
    valid: { type: 'content/form-submitted', ...FB, email: 'jane@example.org' },
    optional: ['email'],
    malformed: [['an e-mail that is not one', { type: 'content/form-submitted', ...FB, email: 'jane <img src=x onerror=alert(1)>' }]],
  },
  'content/keep-email': {
    valid: { type: 'content/keep-email', ...FB, email: 'jane@example.org' },
    malformed: [
      ['an e-mail that is not one', { type: 'content/keep-email', ...FB, email: 'jane <img src=x onerror=alert(1)>' }],
      ['an empty e-mail', { type: 'content/keep-email', ...FB, email: '' }],
      ['an e-mail of 255 characters', { type: 'content/keep-email', ...FB, email: longEmail(255) }],
    ],
  },
  'content/form-confirmation-seen': {
    valid: { type: 'content/form-confirmation-seen', ...FB, text: 'We received your request.' },
    malformed: [
      ['an empty text', { type: 'content/form-confirmation-seen', ...FB, text: ' ' }],
      ['a text of 501 characters', { type: 'content/form-confirmation-seen', ...FB, text: 'x'.repeat(501) }],
    ],
  },
  'content/help-accounts': { valid: { type: 'content/help-accounts', platform: 'facebook' }, optional: ['platform'], help: true },
  'content/help-account-chosen': { valid: { type: 'content/help-account-chosen', ...FB }, help: true },
  'content/assistant-context': {
    valid: { type: 'content/assistant-context', platform: 'facebook' },
    optional: ['platform'],
    malformed: [['an account id it does not take', { type: 'content/assistant-context', ...FB }]],
  },
  'content/banner-wanted': {
    valid: { type: 'content/banner-wanted', platform: 'facebook' },
    malformed: [['an account id it does not take', { type: 'content/banner-wanted', ...FB }]],
  },
  'content/describe-wanted': {
    valid: { type: 'content/describe-wanted', platform: 'facebook' },
    optional: ['platform'],
    malformed: [['an account id it does not take', { type: 'content/describe-wanted', ...FB }]],
  },
  'content/assistant-wanted': {
    valid: { type: 'content/assistant-wanted', platform: 'facebook' },
    malformed: [
      ['an account id it does not take', { type: 'content/assistant-wanted', ...FB }],
      ['a script of its own choosing', { type: 'content/assistant-wanted', platform: 'facebook', file: 'evil.js' }],
    ],
  },
}

const BACKUP = makeBackup({ accounts: [account(FB, [{ type: 'form_opened', at: '2025-05-01T09:01:00.000Z' }])], settings: {}, quarantine: [] }, NOW)

/** The reply to each popup message that asks for data; the others answer `ok`. */
const POPUP_REPLIES: Partial<Record<PopupToBackground['type'], string>> = { 'popup/get-state': 'state', 'popup/get-account': 'account', 'popup/get-backup': 'backup' }

const POPUP_CASES: Record<PopupToBackground['type'], Case> = {
  'popup/get-state': { valid: { type: 'popup/get-state', tabId: 3 }, optional: ['tabId'], malformed: [['a negative tab id', { type: 'popup/get-state', tabId: -1 }]] },
  'popup/get-account': {
    valid: { type: 'popup/get-account', ...FB },
    malformed: [
      ['an account id that is not a number', { type: 'popup/get-account', ...FB, accountId: '../settings' }],
      ['a storage key instead of a reference', { type: 'popup/get-account', key: 'account:facebook:100012345' }],
    ],
  },
  'popup/get-backup': { valid: { type: 'popup/get-backup' } },
  'popup/record-event': {
    valid: { type: 'popup/record-event', ...FB, event: { type: 'form_opened' } },
    malformed: [
      ['an event of unknown type', { type: 'popup/record-event', ...FB, event: { type: 'hacked' } }],
      ['an event carrying its own time', { type: 'popup/record-event', ...FB, event: { type: 'form_opened', at: NOW.toISOString() } }],
      ['a confirmation without receivedAt', { type: 'popup/record-event', ...FB, event: { type: 'confirmation_recorded' } }],
      ['a confirmation with a subject of 2001 characters', { type: 'popup/record-event', ...FB, event: { type: 'confirmation_recorded', receivedAt: NOW.toISOString(), subject: 'x'.repeat(2001) } }],
    ],
  },
  'popup/open-form': {
    valid: { type: 'popup/open-form', ...FB },
    malformed: [
      ['an address of its own', { type: 'popup/open-form', ...FB, url: 'https://evil.example/' }],
      ['no account', { type: 'popup/open-form', platform: 'facebook' }],
    ],
  },
  'popup/update-account': {
    valid: { type: 'popup/update-account', ...FB, label: 'Work', expectedEmail: 'jane@example.org', bannerDismissed: true },
    optional: ['label', 'expectedEmail', 'bannerDismissed'],
    malformed: [['an expected e-mail that is not one', { type: 'popup/update-account', ...FB, expectedEmail: 'nobody' }]],
  },
  'popup/set-settings': {
    valid: { type: 'popup/set-settings', settings: { language: 'fr', bannersOff: ['instagram'] } },
    malformed: [
      ['a language that is not a tag', { type: 'popup/set-settings', settings: { language: 'javascript:alert(1)' } }],
      ['banners off on an unknown platform', { type: 'popup/set-settings', settings: { bannersOff: ['myspace'] } }],
      ['settings with an unknown key', { type: 'popup/set-settings', settings: { admin: true } }],
    ],
  },
  'popup/import': {
    valid: { type: 'popup/import', backup: BACKUP },
    malformed: [
      ['a backup of another format', { type: 'popup/import', backup: { ...BACKUP, format: 'something-else' } }],
      ['a backup of a newer version', { type: 'popup/import', backup: { ...BACKUP, version: 2 } }],
      ['a backup with an account that fails the schema', { type: 'popup/import', backup: { ...BACKUP, accounts: [{ ...BACKUP.accounts[0], events: 'none' }] } }],
    ],
  },
  'popup/delete-account': { valid: { type: 'popup/delete-account', ...IG } },
  'popup/delete-all': { valid: { type: 'popup/delete-all' } },
  'popup/link-accounts': {
    valid: { type: 'popup/link-accounts', facebookId: FB.accountId, instagramId: IG.accountId },
    malformed: [['an instagram id that is not a number', { type: 'popup/link-accounts', facebookId: FB.accountId, instagramId: 'me' }]],
  },
  'popup/unlink-account': { valid: { type: 'popup/unlink-account', ...FB } },
  'popup/reenable-banners': { valid: { type: 'popup/reenable-banners' } },
}

/** Values of another kind than `value`, each of which the schema must refuse. */
function wrongValues(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, null, true, {}, [value]]
  if (typeof value === 'number') return [String(value), null, 1.5, -1, Number.NaN]
  if (typeof value === 'boolean') return [String(value), 0, null]
  return [null, 'x', 42, []]
}

/** Malformed versions of a valid message that every variant must refuse. */
function malformedVersions(c: Case): [string, unknown][] {
  const { valid } = c
  const type = String(valid.type)
  const out: [string, unknown][] = [
    ['an extra key', { ...valid, extra: true }],
    ['an own __proto__ key', JSON.parse(JSON.stringify({ ...valid, ['__proto__x']: 1 }).replace('"__proto__x"', '"__proto__"'))],
    ['the type in upper case', { ...valid, type: type.toUpperCase() }],
    ['the type with a trailing space', { ...valid, type: `${type} ` }],
    ['no type', Object.fromEntries(Object.entries(valid).filter(([k]) => k !== 'type'))],
    ['the message in an array', [valid]],
    ['the message as a JSON string', JSON.stringify(valid)],
  ]
  for (const [key, value] of Object.entries(valid)) {
    if (key === 'type') continue
    if (!c.optional?.includes(key)) out.push([`no ${key}`, Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))])
    for (const wrong of wrongValues(value)) out.push([`${key} = ${JSON.stringify(wrong)}`, { ...valid, [key]: wrong }])
  }
  if ('platform' in valid) {
    out.push(['an unknown platform', { ...valid, platform: 'whatsapp' }], ['a platform in capitals', { ...valid, platform: 'Facebook' }])
  }
  for (const idKey of ['accountId', 'facebookId', 'instagramId']) {
    if (!(idKey in valid)) continue
    for (const id of ['', '-1', '1 OR 1=1', '<img src=x onerror=alert(1)>', '1'.repeat(25), '../../settings']) out.push([`${idKey} ${JSON.stringify(id)}`, { ...valid, [idKey]: id }])
  }
  return [...out, ...(c.malformed ?? [])]
}

let area: FakeStorage
let deps: RouterDeps
/** Which scripts the background was asked to run, and where. */
let injected: { script: ContentScript; tabId: number; frameId: number }[]
let formTabs: ReturnType<typeof fakeFormTabs>
beforeEach(() => {
  area = new FakeStorage(SEEDED)
  const store = new AccountsStore(area, () => NOW)
  injected = []
  formTabs = fakeFormTabs()
  deps = routerDeps(store, () => NOW, { tabAccount: async () => undefined, runScript: async (script, target) => void injected.push({ script, ...target }), formTabs })
})
const send = (message: unknown, sender: SenderLike) => route(message, sender, deps)

/** Sends `message` and checks the refusal: the error code, a reason, and storage untouched. */
async function expectRefused(message: unknown, sender: SenderLike, code: 'bad_message' | 'bad_sender'): Promise<void> {
  const before = area.snapshot()
  const reply = await send(message, sender)
  expect(reply).toMatchObject({ type: 'error', code })
  expect(reply.type === 'error' && reply.message.length > 0).toBe(true)
  expect(area.snapshot()).toEqual(before)
  expect(area.calls.filter((c) => c.op !== 'get')).toEqual([])
  expect(injected).toEqual([])
}

const variantsOf = (union: typeof ContentToBackground | typeof PopupToBackground): string[] =>
  union._zod.def.options.map((option) => String(option._zod.def.shape.type._zod.def.values[0]))

describe('the tables cover every message variant', () => {
  it('lists each variant of ContentToBackground and PopupToBackground, and no other', () => {
    expect(Object.keys(CONTENT).sort()).toEqual(variantsOf(ContentToBackground).sort())
    expect(Object.keys(POPUP_CASES).sort()).toEqual(variantsOf(PopupToBackground).sort())
  })
})

describe.each(Object.entries(CONTENT))('content message %s', (_type, c) => {
  const platformOf = c.valid.platform === 'instagram' ? 'instagram' : 'facebook'
  const own = c.help ? HELP_TAB : platformOf === 'facebook' ? FACEBOOK_TAB : INSTAGRAM_TAB

  it(c.help ? 'is accepted from the form assistant on Meta\'s help site' : 'is accepted from a content script on its platform', async () => {
    expect(ContentToBackground.safeParse(c.valid).success).toBe(true)
    const reply = await send(c.valid, own)
    if (c.valid.type === 'content/help-accounts') expect(reply).toEqual({ type: 'help-accounts', known: [FB] })
    else if (c.valid.type === 'content/assistant-context') expect(reply).toMatchObject({ type: 'assistant-context', catalog: { form_assistant_title: { message: 'form_assistant_title' } } })
    else if (c.valid.type === 'content/assistant-wanted') expect([reply, injected]).toEqual([{ type: 'ok' }, [{ script: 'assistant', tabId: 9, frameId: 0 }]])
    else if (c.valid.type === 'content/describe-wanted') expect([reply, injected]).toEqual([{ type: 'ok' }, [{ script: 'describe', tabId: 9, frameId: 0 }]])
    else if (c.valid.type === 'content/banner-wanted') expect([reply, injected]).toEqual([{ type: 'ok' }, [{ script: 'banner', tabId: 9, frameId: 0 }]])
    else expect(reply).toMatchObject({ type: 'banner', platform: platformOf })
  })

  it.each(malformedVersions(c))('is refused as bad_message with %s', async (_what, message) => {
    await expectRefused(message, own, 'bad_message')
  })

  it.each<[string, SenderLike, 'bad_message' | 'bad_sender']>([
    ['a tab on another site', tab('https://www.example.org/'), 'bad_sender'],
    ['a look-alike host', tab('https://www.facebook.com.evil.example/'), 'bad_sender'],
    ['a host that only ends like facebook', tab('https://notfacebook.com/'), 'bad_sender'],
    ['the site over plain http', tab('http://www.facebook.com/'), 'bad_sender'],
    ['a facebook frame inside a tab of another site', tab('https://www.facebook.com/plugins/like', 'https://www.example.org/'), 'bad_sender'],
    ['the other platform’s site', INSTAGRAM_TAB, 'bad_sender'],
    ...(c.help ? [['a facebook tab', FACEBOOK_TAB, 'bad_sender'] as [string, SenderLike, 'bad_sender']] : []),
    ['a help.meta.com frame inside a tab of another site', tab('https://help.meta.com/support/privacy', 'https://www.example.org/'), 'bad_sender'],
    ['a look-alike of the help site', tab('https://help.meta.com.evil.example/support/privacy'), 'bad_sender'],
    ['the extension’s own page (a popup-only context)', POPUP, 'bad_message'],
    ['another extension on a facebook tab', tab('https://www.facebook.com/', 'https://www.facebook.com/', OTHER_ID), 'bad_sender'],
    ['another extension’s page', { id: OTHER_ID, url: `chrome-extension://${OTHER_ID}/popup.html` }, 'bad_sender'],
    ['a web page (no extension id)', { url: 'https://www.facebook.com/', tab: { id: 9, url: 'https://www.facebook.com/' } }, 'bad_sender'],
    ['our id with neither a tab nor our page', { id: OWN_ID, url: 'https://www.facebook.com/' }, 'bad_sender'],
  ])('is refused from %s', async (_what, sender, code) => {
    await expectRefused(c.valid, sender, code)
  })
})

describe.each(Object.entries(POPUP_CASES))('popup message %s', (_type, c) => {
  it('is accepted from the extension’s own page', async () => {
    expect(PopupToBackground.safeParse(c.valid).success).toBe(true)
    const reply = await send(c.valid, POPUP)
    expect(reply).toMatchObject({ type: POPUP_REPLIES[c.valid.type as PopupToBackground['type']] ?? 'ok' })
  })

  it.each(malformedVersions(c))('is refused as bad_message with %s', async (_what, message) => {
    await expectRefused(message, POPUP, 'bad_message')
  })

  it.each<[string, SenderLike, 'bad_message' | 'bad_sender']>([
    ['a content script on facebook', FACEBOOK_TAB, 'bad_message'],
    ['a content script on instagram', INSTAGRAM_TAB, 'bad_message'],
    ['a tab on another site', tab('https://www.example.org/'), 'bad_sender'],
    ['another extension’s page', { id: OTHER_ID, url: `chrome-extension://${OTHER_ID}/src/popup/index.html` }, 'bad_sender'],
    ['another extension claiming our page', { id: OTHER_ID, url: `${OWN_ORIGIN}src/popup/index.html` }, 'bad_sender'],
    ['a page of an extension whose id only starts with ours', { id: OWN_ID, url: `chrome-extension://${OWN_ID}x/src/popup/index.html` }, 'bad_sender'],
    ['a web page (no extension id)', { url: `${OWN_ORIGIN}src/popup/index.html` }, 'bad_sender'],
  ])('is refused from %s', async (_what, sender, code) => {
    await expectRefused(c.valid, sender, code)
  })
})

describe('on Meta\'s help site, the account is the one that opened the form in this tab', () => {
  const submitted = { type: 'content/form-submitted', ...FB, email: 'jane@example.org' }

  it('refuses a submission for an account that did not open the form in this tab', async () => {
    await expectRefused(submitted, HELP_TAB, 'bad_sender')
    formTabs.tabs.set(9, 'instagram:4242')
    await expectRefused(submitted, HELP_TAB, 'bad_sender')
  })

  it('records the submission for the account that opened the form in this tab', async () => {
    formTabs.tabs.set(9, 'facebook:100012345')
    expect(await send(submitted, HELP_TAB)).toMatchObject({ type: 'banner', ...FB, status: 'submitted' })
  })

  it('remembers the account the user chose, only a known one', async () => {
    const before = area.snapshot()
    expect(await send({ type: 'content/help-account-chosen', platform: 'facebook', accountId: '999' }, HELP_TAB)).toMatchObject({ type: 'error', code: 'failed' })
    expect(area.snapshot()).toEqual(before)
    expect(formTabs.tabs.size).toBe(0)
    expect(await send({ type: 'content/help-account-chosen', ...IG }, HELP_TAB)).toMatchObject({ type: 'banner', ...IG })
    expect(formTabs.tabs.get(9)).toBe('instagram:4242')
  })

  it('tells the remembered account and the known accounts of the product asked about', async () => {
    formTabs.tabs.set(9, 'instagram:4242')
    expect(await send({ type: 'content/help-accounts' }, HELP_TAB)).toEqual({ type: 'help-accounts', remembered: IG, known: [FB, IG] })
    expect(await send({ type: 'content/help-accounts', platform: 'instagram' }, HELP_TAB)).toEqual({ type: 'help-accounts', remembered: IG, known: [IG] })
  })

  it('takes none of the messages that speak for the account of a site', async () => {
    for (const message of [
      { type: 'content/account-seen', ...FB },
      { type: 'content/banner-dismiss', ...FB },
      { type: 'content/mark-done', ...FB, objectedOn: '2025-05-10' },
      { type: 'content/assistant-wanted', platform: 'facebook' },
    ]) {
      formTabs.tabs.set(9, 'facebook:100012345')
      await expectRefused(message, HELP_TAB, 'bad_sender')
    }
  })

  it('keeps an address only for the account that opened the form in this tab', async () => {
    const keep = { type: 'content/keep-email', ...FB, email: 'jane@example.org' }
    await expectRefused(keep, HELP_TAB, 'bad_sender')
    formTabs.tabs.set(9, 'instagram:4242')
    await expectRefused(keep, HELP_TAB, 'bad_sender')
    formTabs.tabs.set(9, 'facebook:100012345')
    expect(await send(keep, HELP_TAB)).toMatchObject({ type: 'banner', ...FB, expectedEmail: 'jane@example.org' })
  })

  it('remembers, from a facebook tab, which account opened the form there', async () => {
    await send({ type: 'content/form-opened', ...FB }, FACEBOOK_TAB)
    expect(formTabs.tabs.get(9)).toBe('facebook:100012345')
  })
})

describe('content/keep-email: the form assistant keeps the address the form shows', () => {
  const keep = (email: string, ref: { platform: string; accountId: string } = FB) => ({ type: 'content/keep-email', ...ref, email })
  const stored = (key: string) => (area.snapshot()[`account:${key}`] as Account).expectedEmail

  it('stores it as the account\'s address, as the popup does, and replies with it', async () => {
    expect(await send(keep('jane@example.org'), FACEBOOK_TAB)).toMatchObject({ type: 'banner', ...FB, expectedEmail: 'jane@example.org' })
    expect(stored('facebook:100012345')).toBe('jane@example.org')
    expect(await send({ type: 'popup/get-state' }, POPUP)).toMatchObject({ accounts: expect.arrayContaining([expect.objectContaining({ ...FB, expectedEmail: 'jane@example.org' })]) })
  })

  it('takes an address of 254 characters, the most there can be, and refuses one of 255', async () => {
    expect(longEmail(254)).toHaveLength(254)
    await expectRefused(keep(longEmail(255)), FACEBOOK_TAB, 'bad_message')
    expect(await send(keep(longEmail(254)), FACEBOOK_TAB)).toMatchObject({ type: 'banner', expectedEmail: longEmail(254) })
  })

  it('never replaces an address the user saved, and creates no account', async () => {
    await send({ type: 'popup/update-account', ...FB, expectedEmail: 'mine@example.org' }, POPUP)
    expect(await send(keep('page@example.org'), FACEBOOK_TAB)).toMatchObject({ type: 'banner', expectedEmail: 'mine@example.org' })
    expect(stored('facebook:100012345')).toBe('mine@example.org')
    const before = area.snapshot()
    expect(await send(keep('jane@example.org', { platform: 'facebook', accountId: '999' }), FACEBOOK_TAB)).toMatchObject({ type: 'error', code: 'failed' })
    expect(area.snapshot()).toEqual(before)
  })

  it('is refused from the other platform\'s page', async () => {
    await expectRefused(keep('jane@example.org', IG), FACEBOOK_TAB, 'bad_sender')
  })
})
