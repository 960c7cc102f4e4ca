// Builds the unpacked extension for each browser into dist/<browser>/ and a store zip of each.
import { build } from 'vite'
import webExt from 'web-ext'

// DIST_DIR builds elsewhere than dist/ (e.g. to test a branch while another build is in use).
const dist = process.env.DIST_DIR ?? 'dist'
for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' })
  await webExt.cmd.build(
    { sourceDir: `${dist}/${target}`, artifactsDir: dist, filename: `${target}.zip`, overwriteDest: true },
    { showReadyMessage: false, shouldExitProgram: false },
  )
  console.log(`built ${dist}/${target}/ and ${dist}/${target}.zip`)
}
