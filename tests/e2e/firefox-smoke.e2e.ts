import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFixtureServer, type FixtureServer } from './harness'
import { FirefoxBidi } from './firefox'

let server: FixtureServer
let firefox: FirefoxBidi

beforeAll(async () => {
  // Firefox resolves every host to 127.0.0.1 and speaks https on the default port.
  server = await startFixtureServer(443)
  firefox = await FirefoxBidi.launch()
})
afterAll(async () => {
  await firefox?.close()
  await server?.close()
})

it('Firefox ESR loads dist/firefox and runs the content script on the facebook fixture', async () => {
  const id = await firefox.installExtension()
  expect(id).toBe('object-meta-ai@objection.invalid')
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
