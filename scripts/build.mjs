// Builds the unpacked extension for each browser into dist/<browser>/ and a store zip of each.
import { build } from 'vite'
import webExt from 'web-ext'
import pkg from '../package.json' with { type: 'json' }

// DIST_DIR builds elsewhere than dist/ (e.g. to test a branch while another build is in use).
const dist = process.env.DIST_DIR ?? 'dist'
/**
 * The banner's drawing script, which the background runs in a page (scripting.executeScript) only
 * when the page has a banner to show: one self-contained IIFE, not in the manifest, not exposed to
 * pages. src/background/main.ts names the same file.
 */
const BANNER_SCRIPT = { entry: 'src/content/banner-script.ts', dir: 'src/content', file: 'banner-script.js' }

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' })
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    build: {
      outDir: `${dist}/${target}/${BANNER_SCRIPT.dir}`,
      emptyOutDir: false,
      target: `${target}${pkg.minimumBrowserVersions[target]}`,
      lib: { entry: BANNER_SCRIPT.entry, formats: ['iife'], name: 'objectionBannerScript', fileName: () => BANNER_SCRIPT.file },
    },
  })
  await webExt.cmd.build(
    { sourceDir: `${dist}/${target}`, artifactsDir: dist, filename: `${target}.zip`, overwriteDest: true },
    { showReadyMessage: false, shouldExitProgram: false },
  )
  console.log(`built ${dist}/${target}/ and ${dist}/${target}.zip`)
}
