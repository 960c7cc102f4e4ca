import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BackgroundToContent } from '../../src/core/messages'
import { isBackgroundToContent, isBannerReply, isReplyGist } from '../../src/core/content-reply'
import { FORM_WORDS } from '../../src/core/form-words'

const text = {
  lang: 'en', dir: 'ltr', region: 'r', name: 'n', from: 'f', deadline: 'd', opened: 'op', account: 'a', submitted: 's', objectNow: 'o', alreadyDone: 'ad',
  snooze: 'sn', dismiss: 'di', choices: 'ch', record: 'rc', doneWhen: 'w', save: 'sa', cancel: 'c', collapse: 'co', error: 'e',
}
const banner = { type: 'banner', platform: 'facebook', accountId: '100012345', status: 'not_started', show: true, text }

/** Replies near the valid ones: each field valid, invalid, missing or extra. */
const nearReply = fc.record(
  {
    type: fc.constantFrom('banner', 'assistant-context', 'help-accounts', 'ok', 'error', 'state', 1),
    platform: fc.constantFrom('facebook', 'instagram', 'myspace', undefined),
    accountId: fc.oneof(fc.constantFrom('1', '100012345', '', 'abc', '1'.repeat(25)), fc.stringMatching(/^[0-9a-z]{0,3}$/)),
    status: fc.constantFrom('not_started', 'form_opened', 'submitted', 'confirmed', 'done'),
    show: fc.oneof(fc.boolean(), fc.constant('yes')),
    label: fc.oneof(fc.string(), fc.constant(undefined), fc.constant(3), fc.constantFrom('x'.repeat(200), 'x'.repeat(201))),
    expectedEmail: fc.constantFrom(undefined, 'jane@example.org', 'jane@', `${'a'.repeat(64)}@${'b'.repeat(185)}.org`, `${'a'.repeat(64)}@${'b'.repeat(186)}.org`),
    code: fc.constantFrom('bad_message', 'bad_sender', 'failed', 'oops'),
    message: fc.oneof(fc.string(), fc.constant(null)),
    text: fc.oneof(
      fc.constant(text),
      fc.constant({ ...text, dir: 'up' }),
      fc.constant({ ...text, extra: 'x' }),
      fc.constant({ ...text, save: 1 }),
      fc.constant(Object.fromEntries(Object.entries(text).filter(([key]) => key !== 'save'))),
      fc.anything(),
    ),
    lang: fc.oneof(fc.constantFrom('de', 'ar'), fc.constant(1)),
    dir: fc.constantFrom('ltr', 'rtl', 'up'),
    catalog: fc.oneof(
      fc.constant({ form_assistant_title: { message: 'Assistent' } }),
      fc.constant({ a: { message: 1 } }),
      fc.constant({ a: { message: 'x', extra: 1 } }),
      fc.constant({ a: 'x' }),
      fc.dictionary(fc.string(), fc.record({ message: fc.string() })),
      fc.anything(),
    ),
    formWords: fc.oneof(
      fc.constant([...FORM_WORDS]),
      fc.constant([]),
      fc.constant([{ ...FORM_WORDS[0]!, lang: 'EN' }]),
      fc.constant([{ ...FORM_WORDS[0]!, submit: [''] }]),
      fc.constant([{ ...FORM_WORDS[0]!, extra: [] }]),
      fc.anything(),
    ),
    remembered: fc.oneof(
      fc.constant({ platform: 'instagram', accountId: '4242' }),
      fc.constant({ platform: 'instagram', accountId: '4242', label: 'Jane' }),
      fc.constant({ platform: 'instagram', accountId: '4242', label: '  ' }),
      fc.constant({ platform: 'instagram', accountId: 'x' }),
      fc.constant({ platform: 'instagram', accountId: '4242', extra: 1 }),
      fc.anything(),
    ),
    known: fc.oneof(
      fc.constant([]),
      fc.constant([{ platform: 'facebook', accountId: '1' }, { platform: 'instagram', accountId: '2', label: 'x'.repeat(200) }]),
      fc.constant([{ platform: 'facebook', accountId: '1', label: 'x'.repeat(201) }]),
      fc.constant(Array.from({ length: 101 }, () => ({ platform: 'facebook', accountId: '1' }))),
      fc.constant([{ platform: 'myspace', accountId: '1' }]),
      fc.anything(),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: ['type'] },
)

describe('the content script check of background replies', () => {
  it('accepts a valid banner reply, ok and error', () => {
    expect(isBackgroundToContent(banner)).toBe(true)
    expect(isBackgroundToContent({ ...banner, label: 'Jane' })).toBe(true)
    expect(isBackgroundToContent({ type: 'ok' })).toBe(true)
    expect(isBackgroundToContent({ type: 'assistant-context', lang: 'ar', dir: 'rtl', catalog: { form_assistant_title: { message: 'مساعد' } }, formWords: [...FORM_WORDS] })).toBe(true)
    expect(isBackgroundToContent({ type: 'error', code: 'failed', message: 'x' })).toBe(true)
    const help = { type: 'help-accounts', remembered: { platform: 'instagram', accountId: '4242', label: 'Jane' }, known: [{ platform: 'facebook', accountId: '1' }] }
    expect(isBackgroundToContent(help)).toBe(true)
    expect(isBackgroundToContent({ type: 'help-accounts', known: [] })).toBe(true)
    for (const bad of [{ ...help, known: undefined }, { ...help, remembered: { platform: 'instagram', accountId: '4242', label: ' ' } }, { ...help, extra: 1 }]) {
      expect(isBackgroundToContent(bad)).toBe(false)
      expect(BackgroundToContent.safeParse(bad).success).toBe(false)
    }
  })

  it('rejects wrong shapes', () => {
    for (const bad of [null, undefined, 'banner', [banner], { ...banner, text: { ...text, dir: 'up' } }, { ...banner, show: 'true' }, { ...banner, extra: 1 }, { ...banner, accountId: 'x1' }, { type: 'ok', more: 1 }]) {
      expect(isBackgroundToContent(bad)).toBe(false)
    }
  })

  it('agrees with the zod schema on arbitrary near-valid and random input', () => {
    fc.assert(
      fc.property(fc.oneof(nearReply, fc.anything()), (reply) => {
        expect(isBackgroundToContent(reply)).toBe(BackgroundToContent.safeParse(reply).success)
      }),
      { numRuns: 3000 },
    )
  })

  it('the page watcher’s first look takes every banner reply, ok and error the schema accepts, and no other kind', () => {
    expect(isReplyGist({ type: 'assistant-context', lang: 'en', dir: 'ltr', catalog: {}, formWords: [] })).toBe(false)
    for (const bad of [null, 'banner', [banner], { ...banner, show: 'true' }, { ...banner, accountId: 1 }, { type: 'banners' }]) expect(isReplyGist(bad)).toBe(false)
    fc.assert(
      fc.property(fc.oneof(nearReply, fc.anything()), (reply) => {
        const parsed = BackgroundToContent.safeParse(reply)
        if (parsed.success && parsed.data.type !== 'assistant-context') expect(isReplyGist(reply)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('the banner script’s check takes exactly the replies the schema accepts but the assistant’s context', () => {
    const context = { type: 'assistant-context', lang: 'en', dir: 'ltr', catalog: {}, formWords: [...FORM_WORDS] }
    expect([isBackgroundToContent(context), isBannerReply(context)]).toEqual([true, false])
    fc.assert(
      fc.property(fc.oneof(nearReply, fc.anything()), (reply) => {
        const parsed = BackgroundToContent.safeParse(reply)
        expect(isBannerReply(reply)).toBe(parsed.success && parsed.data.type !== 'assistant-context')
      }),
      { numRuns: 3000 },
    )
  })
})
