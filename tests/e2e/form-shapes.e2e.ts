/**
 * Meta's objection form wherever and however Meta shows it (issue 11), in real Chromium with the
 * built extension: each shape of its own fixture, help.meta.com reached by a redirect after the
 * banner's "Object now", the account question, and the way forward when the form is not recognised.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ExtensionBrowser } from './harness'
import { useExtension } from './session'

const ASSISTANT = '[data-testid="form-assistant"]'
const CARD = `${ASSISTANT} section`
const hook = (id: string) => `${ASSISTANT} [data-testid="${id}"]`
const FB_FORM = 'https://www.facebook.com/help/contact/'
const HELP = 'https://help.meta.com/support/privacy'

interface StoredEvent {
  type: string
  at: string
  email?: string
}

const ext = useExtension()

const eventsOf = async (key: string): Promise<StoredEvent[]> =>
  ((await ext.browser.storage())[`account:${key}`] as { events: StoredEvent[] } | undefined)?.events ?? []
const submissionsOf = async (key: string) => (await eventsOf(key)).filter((e) => e.type === 'submitted')

async function open(url: string): Promise<Page> {
  const page = await ext.browser.context.newPage()
  await page.goto(url)
  return page
}

/** Logs an account in and lets its home page report it, so that the extension knows it. */
async function knownAccount(platform: 'facebook' | 'instagram', accountId: string): Promise<string> {
  await ext.browser.login(platform, accountId)
  const home = await open(`https://www.${platform}.com/`)
  await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain(`account:${platform}:${accountId}`)
  await home.close()
  return `${platform}:${accountId}`
}

const outlined = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).outlineStyle)

describe('the form in shapes of its own', () => {
  it('el, a read-only text field labelled in Greek, Send a [role=button] with an icon: shows the address and records the click', async () => {
    const key = await knownAccount('facebook', '100000000000011')
    const page = await open(`${FB_FORM}1000000000000010`)
    await page.locator(CARD).waitFor({ timeout: 5000 })
    await expect.poll(() => page.locator(hook('assistant-email')).textContent()).toBe('maria@example.org')
    await expect.poll(async () => (await eventsOf(key)).map((e) => e.type)).toContain('form_opened')
    await page.getByRole('button', { name: 'Υποβολή' }).click()
    await expect.poll(() => submissionsOf(key)).toMatchObject([{ email: 'maria@example.org' }])
  })

  it('bg, the address shown as text beside its label, re-rendered by the page: shows the current one and records it on a link acting as Send', async () => {
    const key = await knownAccount('facebook', '100000000000012')
    const page = await open(`${FB_FORM}1000000000000011`)
    await expect.poll(() => page.locator(hook('assistant-email')).textContent(), { timeout: 5000 }).toBe('ivan@example.org')
    await page.evaluate(() => (window as unknown as { changeAddress(a: string): void }).changeAddress('petar@example.org'))
    await expect.poll(() => page.locator(hook('assistant-email')).textContent()).toBe('petar@example.org')
    await page.getByRole('button', { name: 'Изпращане' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => submissionsOf(key)).toMatchObject([{ email: 'petar@example.org' }])
  })

  it('hu, the title a plain <span> styled large on the known Facebook objection address, the field re-rendered on every key: the assistant stays, the address it shows follows, the typed address recorded', async () => {
    const key = await knownAccount('facebook', '100000000000013')
    const page = await open(`${FB_FORM}6359191084165019?fixture=span-title`)
    await page.locator(CARD).waitFor({ timeout: 5000 })
    const host = await page.locator(ASSISTANT).elementHandle()
    await page.getByRole('textbox', { name: 'E-mail-cím' }).click()
    await page.keyboard.type('anna@example.org', { delay: 20 })
    await expect.poll(() => page.locator(hook('assistant-email')).textContent()).toBe('anna@example.org')
    // The same panel, not a new one: the page's re-render did not move or redraw it.
    expect(await host!.evaluate((el) => el.isConnected)).toBe(true)
    expect(await page.locator(ASSISTANT).count()).toBe(1)
    await page.getByRole('button', { name: 'Küldés' }).click()
    await expect.poll(() => submissionsOf(key)).toMatchObject([{ email: 'anna@example.org' }])
  })
})

describe('help.meta.com', () => {
  it('sv: the banner\'s "Object now", a redirect from the Instagram form, a new tab, three choices pointed at, Send recorded for the account that opened it', async () => {
    await ext.browser.login('instagram', '4000000001')
    await ext.browser.context.addCookies([{ name: 'fixture_moved', value: '1', domain: 'help.instagram.com', path: '/', secure: true }])
    const home = await open('https://www.instagram.com/')
    const [landing] = await Promise.all([ext.browser.context.waitForEvent('page'), home.getByTestId('banner-object-now').click()])
    await landing.waitForURL(HELP)
    const [request] = await Promise.all([ext.browser.context.waitForEvent('page'), landing.getByTestId('start-request').click()])
    await request.waitForURL(`${HELP}/request`)
    const panel = request.locator(CARD)

    // The product: the account's own is pointed at, never clicked.
    await expect.poll(() => panel.textContent(), { timeout: 5000 }).toContain('Choose “Instagram”')
    expect(await outlined(request, 'li:has-text("Instagram")')).toBe('solid')
    expect(await outlined(request, 'li:has-text("Facebook")')).not.toBe('solid')
    await request.waitForTimeout(300)
    expect(await request.locator('li:has-text("Instagram")').count()).toBe(1) // still on the first step
    await request.getByText('Instagram', { exact: true }).click()

    await expect.poll(() => panel.textContent()).toContain('Choose “Invändning mot behandling av din information”')
    expect(await outlined(request, '[role="radio"]:has-text("Invändning")')).toBe('solid')
    await request.getByRole('radio', { name: 'Invändning mot behandling av din information' }).click()

    await expect.poll(() => panel.textContent()).toContain('answer “Ja”')
    await request.getByLabel('Ja').click()

    await expect.poll(() => request.locator(hook('assistant-email')).count()).toBe(1)
    expect(await panel.textContent()).toContain('Instagram · id 4000000001')
    expect(await request.locator(hook('assistant-which-account')).count()).toBe(0)
    await request.getByPlaceholder('E-postadress').fill('sara@example.org')
    await expect.poll(() => request.locator(hook('assistant-email')).textContent()).toBe('sara@example.org')
    await request.getByRole('button', { name: 'Skicka' }).click()
    await expect.poll(() => submissionsOf('instagram:4000000001')).toMatchObject([{ email: 'sara@example.org' }])
    await ext.browser.context.clearCookies({ name: 'fixture_moved' })
  })

  it('the popup\'s "open the form", the service worker stopped before the new tab: the account the popup opened it for is remembered and recorded', async () => {
    await knownAccount('instagram', '4000000004')
    await knownAccount('instagram', '4000000005') // now the logged-in one: the popup's choice must win
    await ext.browser.context.addCookies([{ name: 'fixture_moved', value: '1', domain: 'help.instagram.com', path: '/', secure: true }])
    const popup = await ext.browser.openPopup()
    const row = popup.locator('[data-testid="account-row"][data-platform="instagram"][data-account-id="4000000004"]')
    await row.locator('button').click()
    await expect.poll(() => popup.locator('[data-testid="guide"]').getAttribute('data-account-id')).toBe('4000000004')
    const [landing] = await Promise.all([ext.browser.context.waitForEvent('page'), popup.locator('[data-testid="guide"] [data-testid="open-form"]').click()])
    await landing.waitForURL(HELP)
    await expect.poll(async () => (await eventsOf('instagram:4000000004')).map((e) => e.type)).toContain('form_opened')
    await ext.browser.stopServiceWorker(popup)

    const [request] = await Promise.all([ext.browser.context.waitForEvent('page'), landing.getByTestId('start-request').click()])
    const panel = request.locator(CARD)
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('Choose “Instagram”')
    expect(await panel.textContent()).toContain('4000000004')
    await request.getByText('Instagram', { exact: true }).click()
    await request.getByRole('radio', { name: 'Invändning mot behandling av din information' }).click()
    await request.getByLabel('Ja').click()
    await request.getByPlaceholder('E-postadress').fill('nils@example.org')
    // As a user does, Send once the form is there and the assistant has read it (it looks a moment after the page changes).
    await expect.poll(() => request.locator(hook('assistant-email')).textContent()).toBe('nils@example.org')
    await request.getByRole('button', { name: 'Skicka' }).click()
    await expect.poll(() => submissionsOf('instagram:4000000004'), { timeout: 5000 }).toMatchObject([{ email: 'nils@example.org' }])
    expect(await submissionsOf('instagram:4000000005')).toEqual([])
    await ext.browser.context.clearCookies({ name: 'fixture_moved' })
  })

  it('ar: opened with nothing known, asks which known account of the chosen product it is; "another account" records nothing', async () => {
    // A browser of its own, so that no tab of the other tests passes an account on to this one.
    const fresh = await ExtensionBrowser.launch(ext.server)
    try {
      const seen = async (platform: 'facebook' | 'instagram', id: string) => {
        await fresh.login(platform, id)
        const home = await fresh.context.newPage()
        await home.goto(`https://www.${platform}.com/`)
        await expect.poll(async () => Object.keys(await fresh.storage())).toContain(`account:${platform}:${id}`)
      }
      await seen('facebook', '100000000000014')
      await seen('instagram', '4000000002')
      const submissions = async () => Object.values(await fresh.storage()).flatMap((a) => ((a as { events?: StoredEvent[] }).events ?? []).filter((e) => e.type === 'submitted'))

      const page = await fresh.context.newPage()
      await page.goto(`${HELP}/request-ar`)
      await page.locator(CARD).waitFor({ timeout: 5000 })
      await page.getByRole('button', { name: 'Instagram' }).click()
      await page.locator(hook('assistant-another-account')).click()
      await page.getByLabel('البريد الإلكتروني').fill('layla@example.org')
      const before = JSON.stringify(await fresh.storage())
      await page.getByRole('button', { name: 'إرسال' }).click()
      await page.getByText('تلقينا طلبك').waitFor()
      await page.waitForTimeout(500)
      expect(JSON.stringify(await fresh.storage())).toBe(before)

      await page.goto(`${HELP}/request-ar`)
      await page.getByRole('button', { name: 'Facebook' }).click()
      const question = page.locator(hook('assistant-which-account'))
      await question.waitFor({ timeout: 5000 })
      const choices = await question.locator('[data-testid="assistant-account-choice"]').allTextContents()
      expect(choices).toEqual(['Facebook · id 100000000000014'])
      await question.getByText('Facebook · id 100000000000014').click()
      await expect.poll(async () => ((await fresh.storage())['account:facebook:100000000000014'] as { events: StoredEvent[] }).events.map((e) => e.type)).toContain('form_opened')
      await page.getByLabel('البريد الإلكتروني').fill('layla@example.org')
      await page.getByRole('button', { name: 'إرسال' }).click()
      await expect.poll(submissions).toMatchObject([{ email: 'layla@example.org' }])
      expect(((await fresh.storage())['account:instagram:4000000002'] as { events: StoredEvent[] }).events).toEqual([])
    } finally {
      await fresh.close()
    }
  })

  it('look-alikes: a page about objecting on the privacy path and a help article quoting the title get nothing', async () => {
    await knownAccount('facebook', '100000000000015')
    for (const path of ['/support/privacy/about-objecting', '/support/articles/objecting']) {
      const page = await open(`https://help.meta.com${path}`)
      await page.waitForTimeout(3800) // past the time after which the way forward would show
      expect(await page.locator(ASSISTANT).count(), path).toBe(0)
    }
  })
})

describe('the way forward when the form is not recognised', () => {
  it('lt, on a known objection address: says so; "I sent it" records the submission now, from a real click only; the description holds no value', async () => {
    const key = await knownAccount('facebook', '100000000000016')
    await ext.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' })
    const page = await open(`${FB_FORM}712876720715583?fixture=unknown`)
    const fallback = page.locator(hook('assistant-fallback'))
    await fallback.waitFor({ timeout: 8000 })

    // The page clicks the button itself: nothing is recorded.
    await page.evaluate((selector) => {
      const host = document.querySelector('[data-testid="form-assistant"]')!
      host.shadowRoot!.querySelector<HTMLElement>(selector)!.click()
    }, '[data-testid="assistant-mark-sent"]')
    await page.waitForTimeout(300)
    expect(await submissionsOf(key)).toEqual([])

    await page.locator(hook('assistant-copy-description')).click()
    await expect.poll(() => page.locator(CARD).textContent()).toMatch(/Copied|Copying was refused/)
    const description = (await page.locator(hook('assistant-description')).count())
      ? await page.locator(hook('assistant-description')).inputValue()
      : await page.evaluate(() => navigator.clipboard.readText())
    expect(description).toContain('input type=text')
    expect(description).toContain('input type=tel')
    expect(description).toContain('address: www.facebook.com/help/contact/#')
    for (const value of ['Jonas', 'Petraitis', '37061234567', '712876720715583']) expect(description).not.toContain(value)

    const before = Date.now()
    await page.locator(hook('assistant-mark-sent')).click()
    await expect.poll(() => submissionsOf(key)).toHaveLength(1)
    const [sent] = await submissionsOf(key)
    expect(Date.parse(sent!.at)).toBeGreaterThanOrEqual(before - 1000)
    expect(sent!.email).toBeUndefined()
    await expect.poll(() => page.locator(CARD).textContent()).toContain('Recorded: you sent the form')
  })

  it('on a huge page the description stays within 20 KB and its time budget: no task near what a walk of the whole page takes', async () => {
    await knownAccount('instagram', '4000000006')
    await ext.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://help.meta.com' })
    const page = await open(`${HELP}/unrecognised?fixture=huge`)
    await page.locator(hook('assistant-fallback')).waitFor({ timeout: 15_000 })
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] }
      w.longTasks = []
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' })
    })
    await page.locator(hook('assistant-copy-description')).click()
    await expect.poll(() => page.locator(CARD).textContent(), { timeout: 5000 }).toMatch(/Copied|Copying was refused/)
    const description = (await page.locator(hook('assistant-description')).count())
      ? await page.locator(hook('assistant-description')).inputValue()
      : await page.evaluate(() => navigator.clipboard.readText())
    expect(description.length).toBeLessThanOrEqual(20_000)
    expect(description).toContain('cut here')
    // The walk stops at its 25 ms budget; the task around it (the script's injection, the page's
    // style computed once for it, the card redrawn) took 53-70 ms here, the same walk without the
    // budget 311-407 ms. A task of 200 ms tells the budget is gone, on a machine nearly three
    // times slower than this one at its slowest.
    expect((await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)).filter((ms) => ms >= 200)).toEqual([])
  })

  it('lt, a help.meta.com privacy request with fields it cannot recognise: asks the account, then "I sent it" records it for that account', async () => {
    const key = await knownAccount('instagram', '4000000003')
    const page = await open(`${HELP}/unrecognised`)
    await page.locator(hook('assistant-fallback')).waitFor({ timeout: 8000 })
    await page.locator(hook('assistant-mark-sent')).click()
    await page.locator(hook('assistant-which-account')).getByText('Instagram · id 4000000003').click()
    await expect.poll(() => submissionsOf(key)).toHaveLength(1)
  })
})
