import fc from 'fast-check'
import { OWN_ID, OWN_ORIGIN, routerDeps } from './router-deps'
import { beforeEach, describe, expect, it } from 'vitest'
import { AccountsStore } from '../../src/background/accounts-store'
import { route, type RouterDeps } from '../../src/background/router'
import { isBackgroundToContent, isEmail } from '../../src/core/content-reply'
import { BackgroundToContent } from '../../src/core/messages'
import type { Localizer } from '../../src/core/banner-text'
import type { SenderLike } from '../../src/core/sender'
import type { Account } from '../../src/core/storage'
import * as z from 'zod/mini'
import { FakeStorage } from './fake-storage'

const FORM_TAB: SenderLike = { id: OWN_ID, url: 'https://www.facebook.com/help/contact/6359191084165019', tab: { id: 3, url: 'https://www.facebook.com/help/contact/6359191084165019' } }
const FB = { platform: 'facebook', accountId: '100012345' } as const
const KEY = 'account:facebook:100012345'
const T0 = new Date('2025-05-20T08:00:00.000Z')
const KEYS_AS_TEXT: Localizer = { lang: 'en', dir: 'ltr', t: (key) => key }

let area: FakeStorage
let now: Date
let deps: RouterDeps

beforeEach(() => {
  area = new FakeStorage({ schemaVersion: 1, settings: {} })
  now = T0
  const clock = (): Date => new Date(now)
  deps = routerDeps(new AccountsStore(area, clock), clock, { localize: async () => KEYS_AS_TEXT })
})

const send = (message: Record<string, unknown>) => route({ ...FB, ...message }, FORM_TAB, deps)
const later = (ms: number) => (now = new Date(now.getTime() + ms))
const events = () => (area.snapshot()[KEY] as Account).events

describe('what the form assistant records', () => {
  it('keeps one form_opened when the banner click, the form and the popup’s button report it within a few minutes', async () => {
    await send({ type: 'content/form-opened' })
    later(20_000)
    await send({ type: 'content/form-opened' })
    expect(events().map((e) => e.type)).toEqual(['form_opened'])
    later(3 * 60_000)
    const popup: SenderLike = { id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` }
    expect(await route({ type: 'popup/record-event', ...FB, event: { type: 'form_opened' } }, popup, deps)).toEqual({ type: 'ok' })
    expect(events().map((e) => e.type)).toEqual(['form_opened'])
    later(5 * 60_000)
    await send({ type: 'content/form-opened' })
    expect(events().map((e) => e.type)).toEqual(['form_opened', 'form_opened'])
  })

  it('keeps one submission when click and submit event report the same one, but not two different ones', async () => {
    await send({ type: 'content/form-submitted', email: 'jane@example.org' })
    later(500)
    const again = await send({ type: 'content/form-submitted', email: 'jane@example.org' })
    expect(again).toMatchObject({ type: 'banner', status: 'submitted' })
    expect(events()).toHaveLength(1)
    later(500)
    await send({ type: 'content/form-submitted', email: 'other@example.org' })
    later(11_000)
    await send({ type: 'content/form-submitted', email: 'other@example.org' })
    expect(events().map((e) => e.type === 'submitted' && e.email)).toEqual(['jane@example.org', 'other@example.org', 'other@example.org'])
  })

  it('notes the confirmation screen on the submission just recorded, once', async () => {
    await send({ type: 'content/form-submitted', email: 'jane@example.org' })
    later(3_000)
    const reply = await send({ type: 'content/form-confirmation-seen', text: '  Thanks for contacting us  ' })
    expect(reply).toMatchObject({ type: 'banner', status: 'submitted' })
    expect(events()).toEqual([{ type: 'submitted', at: T0.toISOString(), email: 'jane@example.org', note: 'Thanks for contacting us' }])
    await send({ type: 'content/form-confirmation-seen', text: 'Another screen' })
    expect(events()[0]).toMatchObject({ note: 'Thanks for contacting us' })
  })

  it('does not note a confirmation screen without a recent submission', async () => {
    await send({ type: 'content/form-opened' })
    await send({ type: 'content/form-confirmation-seen', text: 'Thanks for contacting us' })
    expect(events()).toEqual([{ type: 'form_opened', at: T0.toISOString() }])
    await send({ type: 'content/form-submitted', email: 'jane@example.org' })
    later(31 * 60_000)
    await send({ type: 'content/form-confirmation-seen', text: 'Thanks for contacting us' })
    expect(events().at(-1)).not.toHaveProperty('note')
  })

  it('refuses a confirmation text that is empty or too long, changing nothing', async () => {
    await send({ type: 'content/form-submitted', email: 'jane@example.org' })
    for (const text of ['   ', 'x'.repeat(501)]) {
      expect(await send({ type: 'content/form-confirmation-seen', text })).toMatchObject({ type: 'error', code: 'bad_message' })
    }
    expect(events()[0]).not.toHaveProperty('note')
  })

  it('gives the assistant the address the user expects', async () => {
    await send({ type: 'content/account-seen' })
    await route({ type: 'popup/update-account', ...FB, expectedEmail: 'jane@example.org' }, { id: OWN_ID, url: `chrome-extension://${OWN_ID}/src/popup/index.html` }, deps)
    expect(await send({ type: 'content/form-opened' })).toMatchObject({ type: 'banner', expectedEmail: 'jane@example.org' })
  })
})

describe("the content script's e-mail check", () => {
  it('agrees with zod on what an e-mail address is', () => {
    const email = z.email()
    const candidates = fc.oneof(
      fc.emailAddress(),
      fc.string(),
      fc.constantFrom('jane@example.org', 'jane@example', 'a@b.co', '@example.org', 'jane..doe@example.org', 'jane@exa_mple.org', ' jane@example.org'),
    )
    fc.assert(fc.property(candidates, (x) => {
      expect(isEmail(x)).toBe(email.safeParse(x).success)
    }), { numRuns: 2000 })
  })

  it("accepts a banner reply with the expected address exactly when zod does", async () => {
    const reply = await send({ type: 'content/account-seen' })
    for (const expectedEmail of ['jane@example.org', 'not an address', '', 3, undefined]) {
      const candidate = { ...reply, expectedEmail }
      expect(isBackgroundToContent(candidate)).toBe(BackgroundToContent.safeParse(candidate).success)
    }
  })
})
