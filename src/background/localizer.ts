/**
 * The words of the language the user picked in the popup, or of the browser's language when
 * none was picked. The browser's i18n API only follows the browser, so a picked language is read
 * from the extension's own `_locales/<folder>/messages.json` (a file of the package, no network).
 */
import browser from 'webextension-polyfill'
import { Catalog } from '../core/i18n-catalog'
import { translator, type CatalogData, type Translate } from '../core/translate'
import { localeFor } from '../core/locales'
import type { Localizer } from '../core/banner-text'

const browserT: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key
const catalogs = new Map<string, Promise<CatalogData | null>>()

/** A locale's catalogue, read once per worker; null when it cannot be read (then the browser's words). */
export function catalogOf(folder: string): Promise<CatalogData | null> {
  let pending = catalogs.get(folder)
  if (!pending) {
    pending = fetch(browser.runtime.getURL(`_locales/${folder}/messages.json`))
      .then(async (response) => {
        const parsed = Catalog.safeParse(await response.json())
        return parsed.success ? parsed.data : null
      })
      .catch(() => null)
    catalogs.set(folder, pending)
  }
  return pending
}

export async function localizerFor(language: string | undefined): Promise<Localizer> {
  const locale = language ? localeFor(language) : null
  const catalog = locale ? await catalogOf(locale.folder) : null
  if (locale && catalog) return { t: translator(catalog, browserT), lang: locale.tag, dir: locale.dir }
  // The language of the words chrome.i18n picked (its catalogue says which): the browser's UI
  // language can differ from it, and @@bidi_dir follows the UI, not the words.
  const lang = browserT('language_tag') || browser.i18n.getUILanguage()
  const dir = localeFor(lang)?.dir ?? 'ltr'
  return { t: browserT, lang, dir }
}
