/**
 * The popup's words: the language picked in its settings, else the browser's. A picked language
 * is read before the first paint from the extension's own `_locales` (a file of the package).
 */
import browser from 'webextension-polyfill'
import { Catalog } from '../core/i18n-catalog'
import { translator, type Translate } from '../core/translate'
import { localeFor } from '../core/locales'
import { Settings } from '../core/storage'
import { SETTINGS_KEY } from '../core/storage-keys'

const browserT: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key
let picked: { t: Translate; lang: string; dir: 'ltr' | 'rtl' } | null = null

/** Reads the picked language, if any; on any failure the popup keeps the browser's language. */
export async function loadPickedLanguage(): Promise<void> {
  try {
    const settings = Settings.safeParse((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY])
    const locale = settings.success && settings.data.language ? localeFor(settings.data.language) : null
    if (!locale) return
    const catalog = Catalog.safeParse(await (await fetch(browser.runtime.getURL(`_locales/${locale.folder}/messages.json`))).json())
    if (catalog.success) picked = { t: translator(catalog.data, browserT), lang: locale.tag, dir: locale.dir }
  } catch {
    picked = null
  }
}

export const t: Translate = (key, substitutions) => (picked ? picked.t(key, substitutions) : browserT(key, substitutions))
/** The language of the words shown: the picked one, or the one chrome.i18n chose (its catalogue says which). */
export const uiLanguage = (): string => picked?.lang ?? (browser.i18n.getMessage('language_tag') || browser.i18n.getUILanguage())
export const uiDirection = (): 'ltr' | 'rtl' => picked?.dir ?? localeFor(uiLanguage())?.dir ?? 'ltr'
