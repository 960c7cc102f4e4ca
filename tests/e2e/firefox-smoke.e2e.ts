import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFixtureServer, type FixtureServer } from './harness'
import { FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_ORIGIN, FirefoxBidi } from './firefox'

let server: FixtureServer
let firefox: FirefoxBidi

beforeAll(async () => {
  // Firefox resolves every host to 127.0.0.1 and speaks https on the default port.
  server = await startFixtureServer(443)
  firefox = await FirefoxBidi.launch()
}, 90_000) // up to three starts of 25 s (FirefoxBidi.launch)
afterAll(async () => {
  await firefox?.close()
  await server?.close()
})

it('Firefox ESR loads dist/firefox and runs the content script on the facebook fixture', async () => {
  const id = await firefox.installExtension()
  expect(id).toBe(FIREFOX_EXTENSION_ID)
  await firefox.send('storage.setCookie', {
    cookie: { name: 'c_user', value: { type: 'string', value: '100012345' }, domain: '.facebook.com', path: '/', secure: true },
  })
  const context = await firefox.topContext()
  await firefox.send('browsingContext.navigate', { context, url: 'https://www.facebook.com/', wait: 'complete' })
  const status = `document.querySelector('[data-testid="objection-banner"]')?.dataset.status ?? null`
  await expect.poll(() => firefox.evaluate(context, status), { timeout: 20_000 }).toBe('not_started')
  const text = `document.querySelector('[data-testid="objection-banner"]').shadowRoot.querySelector('[data-testid="banner-object-now"]').textContent`
  expect(await firefox.evaluate(context, text)).toBe('Object now')
})

it('Firefox ESR, help.meta.com: the banner, "Object now", a redirect and a new tab, the choices, the assistant, Send recorded for the account that opened it', async () => {
  const setCookie = (name: string, value: string, domain: string) =>
    firefox.send('storage.setCookie', { cookie: { name, value: { type: 'string', value }, domain, path: '/', secure: true } })
  await setCookie('ds_user_id', '4000000009', '.instagram.com')
  await setCookie('fixture_moved', '1', 'help.instagram.com')
  const home = await firefox.topContext()
  await firefox.send('browsingContext.navigate', { context: home, url: 'https://www.instagram.com/', wait: 'complete' })
  const objectNow = `document.querySelector('[data-testid="objection-banner"]')?.shadowRoot?.querySelector('[data-testid="banner-object-now"]')`
  await expect.poll(() => firefox.evaluate(home, `!!${objectNow}`), { timeout: 20_000 }).toBe(true)

  /** The tab opened by `action`, once its address is `url`. */
  const opened = async (action: () => Promise<void>, url: string): Promise<string> => {
    const before = new Set(await firefox.tabs())
    await action()
    let tab: string | undefined
    await expect.poll(async () => (tab = (await firefox.tabs()).find((t) => !before.has(t))), { timeout: 10_000 }).toBeDefined()
    await expect.poll(() => firefox.evaluate(tab!, 'location.href'), { timeout: 10_000 }).toBe(url)
    return tab!
  }
  const landing = await opened(() => firefox.click(home, objectNow), 'https://help.meta.com/support/privacy')
  const request = await opened(() => firefox.click(landing, `document.querySelector('[data-testid="start-request"]')`), 'https://help.meta.com/support/privacy/request')

  const panel = `document.querySelector('[data-testid="form-assistant"]')?.shadowRoot?.querySelector('section')?.textContent ?? ''`
  const panelSays = (text: string) => expect.poll(() => firefox.evaluate(request, panel), { timeout: 10_000 }).toContain(text)
  const byText = (selector: string, text: string) => `[...document.querySelectorAll('${selector}')].find((el) => el.textContent.trim() === '${text}')`

  await panelSays('Choose “Instagram”')
  await firefox.click(request, byText('li', 'Instagram'))
  await panelSays('Choose “Invändning mot behandling av din information”')
  await firefox.click(request, byText('[role="radio"]', 'Invändning mot behandling av din information'))
  await panelSays('answer “Ja”')
  await firefox.click(request, `document.querySelector('label[for="q_yes"]')`)
  await panelSays('Instagram · id 4000000009')
  await firefox.click(request, `document.querySelector('input[name="q_4"]')`)
  await firefox.type(request, 'sara@example.org')
  await panelSays('sara@example.org')
  await firefox.click(request, byText('button', 'Skicka'))
  // Said once the background recorded it for the account the panel names, before Meta's confirmation.
  await panelSays('Recorded: you sent the form')
  expect(await firefox.evaluate(request, panel)).toContain('Instagram · id 4000000009')
  await panelSays('Meta\'s page confirms that it received your request')
}, 90_000)

it('Firefox ESR opens the popup: the state its early script asked for shows the account visited, with no error', async () => {
  const context = await firefox.topContext()
  await firefox.send('browsingContext.navigate', { context, url: `${FIREFOX_EXTENSION_ORIGIN}/src/popup/index.html`, wait: 'complete' })
  const row = `document.querySelector('[data-testid="account-row"][data-platform="facebook"][data-account-id="100012345"]')?.dataset.status ?? null`
  await expect.poll(() => firefox.evaluate(context, row), { timeout: 20_000 }).toBe('not_started')
  // A failed early request would show as the popup's error; the early script ran (its file is the page's first script).
  expect(await firefox.evaluate(context, `document.querySelectorAll('[role="alert"]').length`)).toBe(0)
  expect(await firefox.evaluate(context, `document.scripts[0]?.src ?? null`)).toBe(`${FIREFOX_EXTENSION_ORIGIN}/src/popup/early-request.js`)
})
