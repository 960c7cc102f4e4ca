// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ContentToBackground } from '../../src/core/messages'
import type { AccountRef } from '../../src/core/platform'

const ROOT = resolve(import.meta.dirname, '..', '..')
const EN = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>

// The content script reaches the browser only through runtime.ts, which reads `chrome` when loaded.
const sent: ContentToBackground[] = []
;(globalThis as unknown as { chrome: unknown }).chrome = {
  i18n: { getMessage: (key: string, subs: string[] = []) => (EN[key]?.message ?? '').replace(/\$[A-Z_]+\$/g, () => subs[0] ?? ''), getUILanguage: () => 'en' },
  runtime: { sendMessage: async () => undefined },
}

const { watchFormPages } = await import('../../src/content/form/assistant')
const { findAssistant } = await import('../../src/content/form/presence')
const formAssistantShown = (): boolean => findAssistant() !== null
const { FORM_WORDS } = await import('../../src/core/form-words')

/** The user's own input: happy-dom has no trusted events, so the flag the browser sets is set here. */
function userEvent(target: EventTarget, event: Event): void {
  Object.defineProperty(event, 'isTrusted', { value: true })
  target.dispatchEvent(event)
}
const userClick = (target: EventTarget) => userEvent(target, new MouseEvent('click', { bubbles: true, cancelable: true }))

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url)
const ACCOUNT: AccountRef = { platform: 'facebook', accountId: '100012345' }

function loadPage(fixture: string): void {
  const page = new DOMParser().parseFromString(readFileSync(join(ROOT, fixture), 'utf8'), 'text/html')
  page.querySelectorAll('script').forEach((s) => s.remove())
  document.title = page.title
  document.body.replaceChildren(...Array.from(page.body.childNodes, (n) => document.importNode(n, true)))
}

let pageLife: AbortController
/** How many times the assistant asked the background for its words. */
let textRequests = 0
/** Starts the assistant and lets it receive its words (one message to the background). */
async function start(): Promise<void> {
  pageLife = new AbortController()
  watchFormPages({
    platform: 'facebook',
    account: () => ACCOUNT,
    send: async (message) => {
      if (message.type === 'content/assistant-context') {
        textRequests++
        return { type: 'assistant-context', lang: 'en', dir: 'ltr', catalog: {}, formWords: [...FORM_WORDS] }
      }
      sent.push(message)
      return null
    },
    signal: pageLife.signal,
  })
  await new Promise((resolve) => setTimeout(resolve, 0))
}

let observers: number
const RealObserver = globalThis.MutationObserver
beforeEach(() => {
  sent.length = 0
  textRequests = 0
  observers = 0
  globalThis.MutationObserver = class extends RealObserver {
    constructor(callback: MutationCallback) {
      super(callback)
      observers++
    }
  }
})
afterEach(() => {
  pageLife?.abort()
  globalThis.MutationObserver = RealObserver
  document.body.replaceChildren()
  document.documentElement.querySelectorAll('[data-testid="form-assistant"]').forEach((el) => el.remove())
})

describe('the form assistant in the page', () => {
  it('does nothing at all on a page that cannot hold the form, even if it looks like it', async () => {
    setUrl('https://www.facebook.com/help/1000000000000050')
    loadPage('tests/fixtures/facebook/contact-6359191084165019.html')
    const reads = vi.spyOn(document, 'querySelectorAll')
    await start()
    expect(observers).toBe(0)
    expect(reads).not.toHaveBeenCalled()
    expect(formAssistantShown()).toBe(false)
    expect(sent).toEqual([])
    expect(textRequests).toBe(0)
    reads.mockRestore()
  })

  it('on the form: shows the panel, records form_opened, and stops watching the page once found', async () => {
    setUrl('https://www.facebook.com/help/contact/1000000000000001')
    loadPage('tests/fixtures/facebook/contact-1000000000000001.html')
    const disconnect = vi.spyOn(RealObserver.prototype, 'disconnect')
    await start()
    expect(formAssistantShown()).toBe(true)
    expect(sent).toEqual([{ type: 'content/form-opened', ...ACCOUNT }])
    expect(textRequests).toBe(1)
    expect(disconnect).toHaveBeenCalled()
    disconnect.mockRestore()
  })

  it('records the submission synchronously on the click, once, with the e-mail in the field', async () => {
    setUrl('https://www.facebook.com/help/contact/1000000000000001')
    loadPage('tests/fixtures/facebook/contact-1000000000000001.html')
    await start()
    const send = document.querySelector<HTMLElement>('[role="button"]')!
    userClick(send)
    // Sent within the click itself, before any page navigation could begin.
    expect(sent.at(-1)).toEqual({ type: 'content/form-submitted', ...ACCOUNT, email: 'camille@example.org' })
    userEvent(send, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(sent.filter((m) => m.type === 'content/form-submitted')).toHaveLength(1)
  })

  it('records nothing when the e-mail is not valid, or when the click is elsewhere', async () => {
    setUrl('https://www.facebook.com/help/contact/1000000000000001')
    loadPage('tests/fixtures/facebook/contact-1000000000000001.html')
    await start()
    userClick(document.querySelector('h2')!)
    document.querySelector<HTMLInputElement>('input[type="email"]')!.value = 'camille@'
    userClick(document.querySelector<HTMLElement>('[role="button"]')!)
    expect(sent.map((m) => m.type)).toEqual(['content/form-opened'])
  })

  it('records nothing for a click or a key the page dispatched on Send, with a valid address', async () => {
    setUrl('https://www.facebook.com/help/contact/1000000000000001')
    loadPage('tests/fixtures/facebook/contact-1000000000000001.html')
    await start()
    const send = document.querySelector<HTMLElement>('[role="button"]')!
    send.click()
    send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(sent.map((m) => m.type)).toEqual(['content/form-opened'])
    userClick(send)
    expect(sent.map((m) => m.type)).toEqual(['content/form-opened', 'content/form-submitted'])
  })

  it('inserts the explanation only on the click, with an input event, and never submits', async () => {
    setUrl('https://www.facebook.com/help/contact/1000000000000001')
    loadPage('tests/fixtures/facebook/contact-1000000000000001.html')
    await start()
    const field = document.querySelector('textarea')!
    let inputs = 0
    field.addEventListener('input', () => inputs++)
    expect(field.value).toBe('')
    const panel = document.querySelector('[data-testid="form-assistant"]')!.shadowRoot!
    const insert = panel.querySelector<HTMLButtonElement>('[data-testid="assistant-insert-explanation"]')!
    insert.click()
    expect(field.value, 'a click the page made').toBe('')
    userClick(insert)
    expect(field.value).toBe(EN.form_explanation_text!.message)
    expect(inputs).toBe(1)
    expect(sent.map((m) => m.type)).toEqual(['content/form-opened'])
  })

  it('goes away with the page', async () => {
    setUrl('https://www.facebook.com/help/contact/1000000000000001')
    loadPage('tests/fixtures/facebook/contact-1000000000000001.html')
    await start()
    pageLife.abort()
    expect(formAssistantShown()).toBe(false)
    userClick(document.querySelector<HTMLElement>('[role="button"]')!)
    expect(sent.map((m) => m.type)).toEqual(['content/form-opened'])
  })
})
