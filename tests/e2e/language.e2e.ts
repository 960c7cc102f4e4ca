import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { ExtensionBrowser } from './harness'
import { useExtension } from './session'

const ext = useExtension({ serverOnly: true })

const messages = (folder: string): Record<string, { message: string }> => JSON.parse(readFileSync(`public/_locales/${folder}/messages.json`, 'utf8'))
const BANNER = '[data-testid="objection-banner"]'

describe.each([
  ['de', 'ltr'],
  ['pl', 'ltr'],
  ['el', 'ltr'],
  ['ar', 'rtl'],
] as const)('the browser in %s', (lang, dir) => {
  it('shows the banner and the popup in that language and direction', async () => {
    const words = messages(lang)
    const browser = await ExtensionBrowser.launch(ext.server, { lang })
    try {
      await browser.login('facebook', '100012345')
      const page = await browser.context.newPage()
      await page.goto('https://www.facebook.com/')
      await page.locator(BANNER).waitFor()
      expect(await page.getByTestId('banner-object-now').textContent()).toBe(words.banner_object_now!.message)
      expect(await page.locator(BANNER).getAttribute('dir')).toBe(dir)
      expect(await page.getByRole('region', { name: words.banner_region_label!.message }).count()).toBe(1)

      const popup = await browser.openPopup()
      await popup.getByTestId('account-row').first().waitFor()
      expect(await popup.title()).toBe(words.popup_title!.message)
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe(dir)
    } finally {
      await browser.close()
    }
  })
})

describe('the language picked in the popup', () => {
  it('is followed by the popup, the banner and the form assistant', async () => {
    const fr = messages('fr')
    const browser = await ExtensionBrowser.launch(ext.server)
    try {
      await browser.login('facebook', '100012345')
      const feed = await browser.context.newPage()
      await feed.goto('https://www.facebook.com/')
      await feed.locator(BANNER).waitFor()
      expect(await feed.getByTestId('banner-object-now').textContent()).toBe('Object now')

      const popup = await browser.openPopup()
      await popup.getByTestId('account-row').first().waitFor()
      await popup.getByTestId('settings').locator('summary').click()
      await Promise.all([popup.waitForEvent('load'), popup.getByTestId('language').selectOption('fr')])
      await expect.poll(() => popup.title()).toBe(fr.popup_title!.message)
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr')

      await feed.reload()
      await feed.locator(BANNER).waitFor()
      expect(await feed.getByTestId('banner-object-now').textContent()).toBe(fr.banner_object_now!.message)

      const form = await browser.context.newPage()
      await form.goto('https://www.facebook.com/help/contact/6359191084165019')
      const assistant = form.locator('[data-testid="form-assistant"]')
      await assistant.waitFor()
      expect(await form.getByRole('region', { name: fr.form_assistant_title!.message }).count()).toBe(1)

      await popup.getByTestId('settings').locator('summary').click()
      await Promise.all([popup.waitForEvent('load'), popup.getByTestId('language').selectOption('')])
      await expect.poll(() => popup.title()).toBe('Object to Meta AI training')
    } finally {
      await browser.close()
    }
  })
})
