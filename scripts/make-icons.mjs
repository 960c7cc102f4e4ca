// Renders scripts/icon.svg to the PNG sizes the manifest names, with Debian's Chromium.
// Run by hand when the SVG changes (`node scripts/make-icons.mjs`); the PNGs are committed.
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'

const svg = readFileSync('scripts/icon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`)
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true })
  await page.close()
}
await browser.close()
