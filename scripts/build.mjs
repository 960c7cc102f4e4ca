// Builds the unpacked extension for each browser into dist/<browser>/ and a store zip of each.
import { build } from 'vite'
import webExt from 'web-ext'
import pkg from '../package.json' with { type: 'json' }

// DIST_DIR builds elsewhere than dist/ (e.g. to test a branch while another build is in use).
const dist = process.env.DIST_DIR ?? 'dist'
/**
 * The scripts the background runs in a page (scripting.executeScript) only when needed, each one
 * self-contained IIFE, not in the manifest, not exposed to pages: the banner's drawing, when the
 * page has a banner to show; the description of a page, when the user asks the form assistant for
 * it. src/background/main.ts names the same files.
 */
const ON_DEMAND_SCRIPTS = [
  { entry: 'src/content/banner-script.ts', dir: 'src/content', file: 'banner-script.js', name: 'objectionBannerScript' },
  { entry: 'src/content/describe-script.ts', dir: 'src/content', file: 'describe-script.js', name: 'objectionDescribeScript' },
  // Not run in a page: the popup's first request for its state, a classic script its index.html loads first.
  { entry: 'src/popup/early-request.ts', dir: 'src/popup', file: 'early-request.js', name: 'popupEarlyRequest' },
]

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' })
  for (const script of ON_DEMAND_SCRIPTS) {
    await build({
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      publicDir: false,
      build: {
        outDir: `${dist}/${target}/${script.dir}`,
        emptyOutDir: false,
        target: `${target}${pkg.minimumBrowserVersions[target]}`,
        lib: { entry: script.entry, formats: ['iife'], name: script.name, fileName: () => script.file },
      },
    })
  }
  await webExt.cmd.build(
    { sourceDir: `${dist}/${target}`, artifactsDir: dist, filename: `${target}.zip`, overwriteDest: true },
    { showReadyMessage: false, shouldExitProgram: false },
  )
  console.log(`built ${dist}/${target}/ and ${dist}/${target}.zip`)
}
