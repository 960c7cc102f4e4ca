/**
 * When the user withholds the extension's access to facebook.com and instagram.com (Firefox asks
 * for it; Chrome's "site access" can take it away), nothing runs there, and the popup says so
 * with a button to allow it again.
 */
import { expect, it } from 'vitest'

import { useExtension } from './session'

const ext = useExtension()

type HostAccess = 'ON_CLICK' | 'ON_ALL_SITES'
/** Sets the extension's site access as chrome://extensions does. */
async function setHostAccess(hostAccess: HostAccess): Promise<void> {
  const page = await ext.browser.context.newPage()
  await page.goto('chrome://extensions')
  await page.evaluate(
    ([extensionId, access]) =>
      (chrome as unknown as { developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> } }).developerPrivate.updateExtensionConfiguration({
        extensionId,
        hostAccess: access,
      }),
    [ext.browser.extensionId, hostAccess] as const,
  )
  await page.close()
}

it('says in the popup that access is withheld, and shows nothing on the sites until it is back', async () => {
  await ext.browser.login('facebook', '100012345')
  const popup = await ext.browser.openPopup()
  await popup.locator('h1').waitFor()
  expect(await popup.getByTestId('host-access').count()).toBe(0)
  await popup.close()

  await setHostAccess('ON_CLICK')
  const withheld = await ext.browser.openPopup()
  const notice = withheld.getByTestId('host-access')
  await notice.waitFor()
  expect(await notice.getAttribute('role')).toBe('alert')
  expect(await notice.getByRole('button', { name: 'Allow on Facebook and Instagram' }).count()).toBe(1)
  const feed = await ext.browser.context.newPage()
  await feed.goto('https://www.facebook.com/')
  await feed.waitForTimeout(700)
  expect(await feed.locator('[data-testid="objection-banner"]').count()).toBe(0)

  await setHostAccess('ON_ALL_SITES')
  await feed.reload()
  await feed.locator('[data-testid="objection-banner"]').waitFor()
  await withheld.reload()
  await withheld.locator('h1').waitFor()
  expect(await withheld.getByTestId('host-access').count()).toBe(0)
})
