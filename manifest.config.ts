import { defineManifest } from '@crxjs/vite-plugin'
import pkg from './package.json' with { type: 'json' }
import { HELP_MATCHES, HOST_MATCHES } from './src/core/platform.ts'
import { FORM_PAGE_MATCHES } from './src/core/form-recognition.ts'

export type Target = 'chrome' | 'firefox'

/** The one manifest of both builds; `target` picks the few keys that differ. */
export function manifestFor(target: Target) {
  const background =
    target === 'firefox' ? { scripts: ['src/background/main.ts'], type: 'module' as const } : { service_worker: 'src/background/main.ts', type: 'module' as const }
  return {
    manifest_version: 3 as const,
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_popup: 'src/popup/index.html',
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    background,
    // scripting: to run the form assistant's script after in-page navigation to Meta's form.
    permissions: ['storage', 'alarms', 'scripting'],
    // help.meta.com: where Meta may take the objection as a privacy request (the facts module's
    // PRIVACY_REQUEST_PLACES); only the form assistant runs there, on its privacy-request pages.
    host_permissions: [...HOST_MATCHES, ...HELP_MATCHES],
    content_scripts: [
      { matches: FORM_PAGE_MATCHES, js: ['src/content/assistant.iife.ts'], run_at: 'document_end' as const },
      // At document_start its one message leaves before the page's own scripts run: the banner
      // comes while the page still loads instead of after its long tasks.
      { matches: HOST_MATCHES, js: ['src/content/main.iife.ts'], run_at: 'document_start' as const },
    ],
    // connect-src 'self': the popup and the worker read the message catalogue of a language picked
    // in the popup from the package (a module service worker may not import() it); nothing else.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'object-meta-ai@objection.invalid',
              strict_min_version: `${pkg.minimumBrowserVersions.firefox}.0`,
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions came to Firefox for Android in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: String(pkg.minimumBrowserVersions.chrome) }),
  }
}

export default defineManifest(() => manifestFor((process.env.TARGET as Target | undefined) ?? 'chrome') as never)
