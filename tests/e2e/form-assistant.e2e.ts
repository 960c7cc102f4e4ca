import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ROOT } from './harness'
import { useExtension } from './session'

const ASSISTANT = '[data-testid="form-assistant"]'
/** The panel's content, inside the assistant's shadow root. */
const CARD = `${ASSISTANT} section`
const hook = (id: string) => `${ASSISTANT} [data-testid="${id}"]`
const BANNER = '[data-testid="objection-banner"]'
const FB_FORM = 'https://www.facebook.com/help/contact/'
const IG_FORM = 'https://help.instagram.com/contact/'
const EN = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>
const EXPLANATION = EN.form_explanation_text!.message

interface StoredEvent {
  type: string
  at: string
  email?: string
  note?: string
}

const ext = useExtension()

const eventsOf = async (key: string): Promise<StoredEvent[]> =>
  ((await ext.browser.storage())[`account:${key}`] as { events: StoredEvent[] } | undefined)?.events ?? []
const typesOf = async (key: string) => (await eventsOf(key)).map((e) => e.type)
const lastSubmitted = async (key: string) => (await eventsOf(key)).filter((e) => e.type === 'submitted').at(-1)

async function open(url: string): Promise<Page> {
  const page = await ext.browser.context.newPage()
  await page.goto(url)
  return page
}

/** Logs in a fresh account and, if given, stores the address the user expects the form to show. */
async function freshAccount(platform: 'facebook' | 'instagram', accountId: string, expectedEmail?: string): Promise<string> {
  await ext.browser.login(platform, accountId)
  const key = `${platform}:${accountId}`
  if (expectedEmail) {
    const home = await open(`https://www.${platform}.com/`)
    await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain(`account:${key}`)
    await home.close()
    const popup = await ext.browser.openPopup()
    const reply = await popup.evaluate(
      ([platform, accountId, expectedEmail]) => chrome.runtime.sendMessage({ type: 'popup/update-account', platform, accountId, expectedEmail }),
      [platform, accountId, expectedEmail] as const,
    )
    expect(reply).toEqual({ type: 'ok' })
    await popup.close()
  }
  return key
}

/** Counts the `input` events the page itself hears on an element (as React would). */
async function countInputEvents(page: Page, selector: string): Promise<() => Promise<number>> {
  await page.evaluate((s) => {
    const w = window as unknown as { inputEvents: number }
    w.inputEvents = 0
    document.querySelector(s)!.addEventListener('input', () => w.inputEvents++)
  }, selector)
  return () => page.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents)
}

describe('the form assistant on Meta\'s objection form', () => {
  it('en, <button type=submit>, navigation after submit: reads the typed e-mail, explains on click only, records the submission and the confirmation', async () => {
    const key = await freshAccount('facebook', '100000000000001', 'jane@example.org')
    const page = await open(`${FB_FORM}6359191084165019`)
    const panel = page.locator(CARD)
    await panel.waitFor({ timeout: 2000 })
    expect(await page.locator(BANNER).count()).toBe(0)
    await expect.poll(() => typesOf(key)).toContain('form_opened')
    expect(await page.getByRole('region', { name: 'Objection assistant' }).count()).toBe(1)
    expect(await panel.textContent()).toContain('Facebook · id 100000000000001')
    expect(await page.locator(hook('assistant-email')).textContent()).toBe('')

    await page.getByLabel('Email address').fill('someone.else@example.org')
    await expect.poll(() => page.locator(hook('assistant-email')).textContent()).toBe('someone.else@example.org')
    expect(await panel.textContent()).toContain('It is not the address you saved for this account (jane@example.org)')
    await page.getByLabel('Email address').fill('jane@example.org')
    await expect.poll(() => panel.textContent()).toContain('It is the address you saved for this account.')

    // Never inserted without the user's click.
    const textarea = page.locator('textarea')
    const inputEvents = await countInputEvents(page, 'textarea')
    await page.waitForTimeout(300)
    expect(await textarea.inputValue()).toBe('')
    await page.locator(hook('assistant-insert-explanation')).click()
    expect(await textarea.inputValue()).toBe(EXPLANATION)
    expect(await inputEvents()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    // The user can edit it; a second click does not repeat it.
    await textarea.press('End')
    await textarea.pressSequentially(' Thanks.')
    await page.locator(hook('assistant-insert-explanation')).click()
    expect(await textarea.inputValue()).toBe(`${EXPLANATION} Thanks.`)

    expect(await page.locator(hook('assistant-highlight-email')).textContent()).toBe('Highlight the e-mail field in the form')
    await page.locator(hook('assistant-highlight-email')).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('u_0_email')
    expect(await page.locator('#u_0_email').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')

    expect(await typesOf(key)).not.toContain('submitted')
    await Promise.all([page.waitForURL(`${FB_FORM}1000000000000099`), page.getByRole('button', { name: 'Send' }).click()])
    await expect.poll(() => lastSubmitted(key)).toMatchObject({ type: 'submitted', email: 'jane@example.org' })
    await expect.poll(async () => (await lastSubmitted(key))?.note).toContain('Thanks for contacting us')
    expect((await typesOf(key)).filter((t) => t === 'submitted')).toHaveLength(1)
    await page.close()
  })

  it('fr, div role=button, in-place replacement: reads the prefilled e-mail and records a keyboard submission', async () => {
    const key = await freshAccount('facebook', '100000000000002')
    const page = await open(`${FB_FORM}1000000000000001`)
    await page.locator(ASSISTANT).waitFor({ timeout: 2000 })
    expect(await page.locator(hook('assistant-email')).textContent()).toBe('camille@example.org')
    expect(await page.locator(CARD).textContent()).toContain('No address is saved for this account yet.')
    expect(await page.locator(hook('assistant-keep-email')).textContent()).toBe('Keep this address for this account')
    expect(await page.locator(CARD).textContent()).toContain('click “Envoyer” yourself')
    await expect.poll(() => typesOf(key)).toEqual(['form_opened'])

    await page.getByRole('button', { name: 'Envoyer' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Merci de nous avoir contactés' }).waitFor()
    await expect.poll(() => lastSubmitted(key)).toMatchObject({ email: 'camille@example.org' })
    await expect.poll(async () => (await lastSubmitted(key))?.note).toContain('Merci de nous avoir contactés')
    await expect.poll(() => page.locator(`${ASSISTANT} [role="status"]`).textContent()).toContain('confirms that it received your request')
    await page.close()
  })

  it('keeps the address the form shows for the account on the user\'s own click only, and the popup\'s guide shows it', async () => {
    const key = await freshAccount('facebook', '100000000000010')
    const expectedEmail = async () => ((await ext.browser.storage())[`account:${key}`] as { expectedEmail?: string } | undefined)?.expectedEmail
    const page = await open(`${FB_FORM}1000000000000001`)
    const keep = page.locator(hook('assistant-keep-email'))
    await keep.waitFor({ timeout: 2000 })
    await expect.poll(() => typesOf(key)).toEqual(['form_opened'])

    // The page's own clicks through the open shadow root keep nothing.
    await page.evaluate(() => {
      const button = document.querySelector('[data-testid="form-assistant"]')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="assistant-keep-email"]')!
      button.click()
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }))
    })
    await page.waitForTimeout(300)
    expect(await expectedEmail()).toBeUndefined()
    expect(await keep.count()).toBe(1)

    // The user's own click keeps it; the panel says it matches and keeps the focus on that line.
    await keep.click()
    await expect.poll(expectedEmail).toBe('camille@example.org')
    await expect.poll(() => page.locator(CARD).textContent()).toContain('It is the address you saved for this account.')
    expect(await keep.count()).toBe(0)
    expect(await page.evaluate(() => document.querySelector('[data-testid="form-assistant"]')!.shadowRoot!.activeElement?.textContent)).toBe('It is the address you saved for this account.')

    const popup = await ext.browser.openPopup()
    await popup.locator(`[data-testid="account-row"][data-account-id="100000000000010"] button`).click()
    await expect.poll(() => popup.locator('[data-testid="expected-email"]').inputValue()).toBe('camille@example.org')
    expect(await popup.locator('[data-testid="expected-email"]').isVisible()).toBe(true)
    await popup.close()
    await page.close()
  })

  it('de, rendered late by script, <input type=submit>: appears within a second of the form', async () => {
    const key = await freshAccount('facebook', '100000000000003')
    const page = await open(`${FB_FORM}1000000000000002`)
    expect(await page.locator(ASSISTANT).count()).toBe(0)
    await page.locator('input[type="email"]').waitFor({ timeout: 3000 })
    const appeared = Date.now()
    await page.locator(ASSISTANT).waitFor({ timeout: 1000 })
    expect(Date.now() - appeared).toBeLessThan(1000)
    await expect.poll(() => typesOf(key)).toEqual(['form_opened'])

    // An invalid address is no submission.
    await page.getByLabel('E-Mail-Adresse').fill('not-an-address')
    await page.getByRole('button', { name: 'Senden' }).click()
    await page.waitForTimeout(300)
    expect(await typesOf(key)).not.toContain('submitted')

    await page.getByLabel('E-Mail-Adresse').fill('max@example.de')
    await expect.poll(() => page.locator(hook('assistant-email')).textContent()).toBe('max@example.de')
    await page.getByRole('button', { name: 'Senden' }).click()
    await expect.poll(() => lastSubmitted(key)).toMatchObject({ email: 'max@example.de' })
    await page.close()
  })

  it('reached by in-page navigation from the Privacy Policy: tells which answer leads on, takes over when the fields appear', async () => {
    const key = await freshAccount('facebook', '100000000000004')
    const page = await open('https://www.facebook.com/privacy/policy/right-to-object')
    await page.waitForTimeout(300)
    expect(await page.locator(ASSISTANT).count()).toBe(0)

    await page.getByRole('link', { name: 'Learn how to object' }).click()
    await page.waitForURL(`${FB_FORM}712876720715583`)
    await page.locator(ASSISTANT).waitFor({ timeout: 2000 })
    await expect.poll(() => page.locator(CARD).textContent()).toContain('answer “Yes” to reach the objection')
    expect(await page.locator(hook('assistant-email')).count()).toBe(0)
    expect(await typesOf(key)).not.toContain('form_opened')

    await page.getByLabel('Yes').check()
    await page.locator(hook('assistant-email')).waitFor({ state: 'attached', timeout: 1000 })
    expect(await page.locator(CARD).textContent()).not.toContain('answer “Yes”')
    await expect.poll(() => typesOf(key)).toContain('form_opened')
    await page.getByLabel('Email address').fill('jane@example.org')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => lastSubmitted(key)).toMatchObject({ email: 'jane@example.org' })
    await page.close()
  })

  it('reached by in-page navigation from the feed, where its script does not run: the background brings it, and it follows later navigation', async () => {
    const key = await freshAccount('facebook', '100000000000008')
    const page = await open('https://www.facebook.com/')
    await page.locator(BANNER).waitFor()
    // As the single-page site does: the URL changes and the form is rendered without a page load.
    const renderInPage = (path: string) =>
      page.evaluate(async (path) => {
        history.pushState({}, '', path)
        const form = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html')
        form.querySelectorAll('script').forEach((s) => s.remove())
        document.body.replaceChildren(...Array.from(form.body.childNodes, (n) => document.importNode(n, true)))
      }, path)
    await renderInPage('/help/contact/6359191084165019')
    await page.locator(CARD).waitFor({ timeout: 2000 })
    await expect.poll(() => typesOf(key)).toContain('form_opened')
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)

    // Back to the feed and on to the other form: one assistant, on the new form.
    await page.goBack()
    await renderInPage('/help/contact/712876720715583')
    await page.locator(CARD).waitFor({ timeout: 2000 })
    await page.waitForTimeout(300)
    expect(await page.locator(ASSISTANT).count()).toBe(1)
    await page.close()
  })

  it('instagram, e-mail prefilled and read-only: reads it and records the submission', async () => {
    const key = await freshAccount('instagram', '4200000001', 'jane.doe@example.org')
    const page = await open(`${IG_FORM}233964459562201`)
    await page.locator(ASSISTANT).waitFor({ timeout: 2000 })
    expect(await page.locator(hook('assistant-email')).textContent()).toBe('jane.doe@example.org')
    await expect.poll(() => page.locator(CARD).textContent()).toContain('It is the address you saved for this account.')
    expect(await page.locator(CARD).textContent()).toContain('Instagram · id 4200000001')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => lastSubmitted(key)).toMatchObject({ email: 'jane.doe@example.org' })
    await page.close()
  })

  it('es, the page navigates away at once on click: the submission is not lost', async () => {
    const key = await freshAccount('instagram', '4200000002')
    const page = await open(`${IG_FORM}767264225370182`)
    await page.locator(ASSISTANT).waitFor({ timeout: 2000 })
    await page.getByLabel('Dirección de correo electrónico').fill('lucia@example.es')
    await Promise.all([page.waitForURL(`${IG_FORM}1000000000000098`), page.getByRole('button', { name: 'Enviar' }).click()])
    await expect.poll(() => lastSubmitted(key)).toMatchObject({ email: 'lucia@example.es' })
    await expect.poll(async () => (await lastSubmitted(key))?.note).toContain('Gracias por ponerte en contacto')
    await page.close()
  })

  it('is dismissable and keyboard reachable', async () => {
    await freshAccount('facebook', '100000000000005')
    const page = await open(`${FB_FORM}1000000000000001`)
    await page.locator(ASSISTANT).waitFor({ timeout: 2000 })
    const close = page.getByRole('button', { name: 'Close the assistant' })
    await close.focus()
    expect(await close.evaluate((el) => el.matches(':focus-visible'))).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.locator(ASSISTANT).count()).toBe(0)
    await page.close()
  })
})

describe('look-alike pages', () => {
  for (const [name, url] of [
    ['a help article about objecting', 'https://www.facebook.com/help/1000000000000050'],
    ['the third-party information form', `${FB_FORM}1266025207620918`],
  ] as const) {
    it(`does not show the assistant on ${name}`, async () => {
      const key = await freshAccount('facebook', '100000000000009')
      const page = await open(url)
      await page.locator(BANNER).waitFor({ timeout: 3000 })
      await page.waitForTimeout(1200)
      expect(await page.locator(ASSISTANT).count()).toBe(0)
      expect(await typesOf(key)).not.toContain('form_opened')
      await page.close()
    })
  }
})
