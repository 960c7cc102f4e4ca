/**
 * `npm run demo`: the built extension (dist/chrome, or $DIST_DIR/chrome) in Chromium against the
 * local fixture pages, served as www.facebook.com and www.instagram.com, with a test account
 * logged in on each, so the whole journey can be walked by hand without a Meta account.
 * Builds nothing (run `npm run build` first). Headed where a display exists ($DISPLAY), headless
 * otherwise. Runs until Ctrl-C or until the browser window is closed.
 */
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { EXTENSION_DIR, ExtensionBrowser, ROOT, startFixtureServer } from '../tests/e2e/harness'

const FACEBOOK_ID = '100012345'
const INSTAGRAM_ID = '4242'

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No built extension in ${relative(ROOT, EXTENSION_DIR)}/: run \`npm run build\` first.`)
  process.exit(1)
}

const headless = !process.env.DISPLAY
const server = await startFixtureServer()
const browser = await ExtensionBrowser.launch(server, { headless })

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  console.log('\nClosing the demo browser and the fixture server.')
  await browser.close().catch(() => {})
  await server.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
browser.context.on('close', () => void stop())

await browser.login('facebook', FACEBOOK_ID)
await browser.login('instagram', INSTAGRAM_ID)
const feed = await browser.context.newPage()
await feed.goto('https://www.facebook.com/')
await browser.openPopup()
await feed.bringToFront()

console.log(`Demo running: ${relative(ROOT, EXTENSION_DIR)}/ in ${headless ? 'headless ' : ''}Chromium, fixture pages on https://127.0.0.1:${server.port}/`)
console.log(`Logged in as Facebook account ${FACEBOOK_ID} and Instagram account ${INSTAGRAM_ID} (test cookies, no Meta account).`)
console.log('Open in the demo browser:')
console.log('  https://www.facebook.com/                               the banner')
console.log('  https://www.instagram.com/                              the banner on Instagram')
console.log('  https://www.facebook.com/help/contact/6359191084165019  the objection form with the assistant')
console.log('  https://help.instagram.com/contact/233964459562201      Instagram\'s objection form')
console.log('  https://help.meta.com/support/privacy/request           a privacy request on Meta\'s help site: product, kind, AI question, form')
console.log('  https://help.meta.com/support/privacy/unrecognised      a form the assistant cannot recognise: its way forward')
console.log(`  ${browser.url(browser.manifest().action.default_popup)}  the popup, in a tab`)
if (headless) console.log('No display ($DISPLAY is not set): the browser runs headless and waits; set DISPLAY to see it.')
console.log('Press Ctrl-C to stop.')
