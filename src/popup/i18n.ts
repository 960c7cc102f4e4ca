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
/** The words without substitutions, looked up once each: a first screen of 50 accounts asks for the same few hundreds of times. */
const plain = new Map<string, string>()
let language: string | undefined

/**
 * Uses the language the settings name (the popup's state carries them), if any: on any failure,
 * or with none, the popup keeps the browser's language.
 */
export async function usePickedLanguage(settings: Settings | undefined): Promise<void> {
  try {
    const locale = settings?.language ? localeFor(settings.language) : null
    if (!locale) return
    const catalog = Catalog.safeParse(await (await fetch(browser.runtime.getURL(`_locales/${locale.folder}/messages.json`))).json())
    if (catalog.success) picked = { t: translator(catalog.data, browserT), lang: locale.tag, dir: locale.dir }
  } catch {
    picked = null
  }
  plain.clear()
  language = undefined
}

/** Reads the settings from storage for a page that does not ask for the popup's state (the printable proof). */
export async function loadPickedLanguage(): Promise<void> {
  const settings = await browser.storage.local.get(SETTINGS_KEY).then(
    (items) => Settings.safeParse(items[SETTINGS_KEY]),
    () => null,
  )
  await usePickedLanguage(settings?.success ? settings.data : undefined)
}

export const t: Translate = (key, substitutions) => {
  if (substitutions?.length) return picked ? picked.t(key, substitutions) : browserT(key, substitutions)
  let text = plain.get(key)
  if (text === undefined) {
    text = picked ? picked.t(key) : browserT(key)
    plain.set(key, text)
  }
  return text
}
/** The language of the words shown: the picked one, or the one chrome.i18n chose (its catalogue says which). */
export const uiLanguage = (): string => (language ??= picked?.lang ?? (browser.i18n.getMessage('language_tag') || browser.i18n.getUILanguage()))
export const uiDirection = (): 'ltr' | 'rtl' => picked?.dir ?? localeFor(uiLanguage())?.dir ?? 'ltr'
