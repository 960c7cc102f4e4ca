/**
 * The languages the extension speaks: the 24 official EU languages, Norwegian (Bokmål) and
 * Icelandic, and Turkish, Arabic, Ukrainian and Russian. `folder` is the `_locales` folder
 * (Chrome's locale codes where Chrome has one), `tag` the BCP 47 tag for Intl and `lang`.
 */
export interface LocaleInfo {
  folder: string
  tag: string
  /** The language's name in itself, for the language picker. */
  name: string
  dir: 'ltr' | 'rtl'
}

export const LOCALES: readonly LocaleInfo[] = [
  { folder: 'bg', tag: 'bg', name: 'Български', dir: 'ltr' },
  { folder: 'cs', tag: 'cs', name: 'Čeština', dir: 'ltr' },
  { folder: 'da', tag: 'da', name: 'Dansk', dir: 'ltr' },
  { folder: 'de', tag: 'de', name: 'Deutsch', dir: 'ltr' },
  { folder: 'el', tag: 'el', name: 'Ελληνικά', dir: 'ltr' },
  { folder: 'en', tag: 'en', name: 'English', dir: 'ltr' },
  { folder: 'es', tag: 'es', name: 'Español', dir: 'ltr' },
  { folder: 'et', tag: 'et', name: 'Eesti', dir: 'ltr' },
  { folder: 'fi', tag: 'fi', name: 'Suomi', dir: 'ltr' },
  { folder: 'fr', tag: 'fr', name: 'Français', dir: 'ltr' },
  { folder: 'ga', tag: 'ga', name: 'Gaeilge', dir: 'ltr' },
  { folder: 'hr', tag: 'hr', name: 'Hrvatski', dir: 'ltr' },
  { folder: 'hu', tag: 'hu', name: 'Magyar', dir: 'ltr' },
  { folder: 'it', tag: 'it', name: 'Italiano', dir: 'ltr' },
  { folder: 'lt', tag: 'lt', name: 'Lietuvių', dir: 'ltr' },
  { folder: 'lv', tag: 'lv', name: 'Latviešu', dir: 'ltr' },
  { folder: 'mt', tag: 'mt', name: 'Malti', dir: 'ltr' },
  { folder: 'nl', tag: 'nl', name: 'Nederlands', dir: 'ltr' },
  { folder: 'pl', tag: 'pl', name: 'Polski', dir: 'ltr' },
  { folder: 'pt_PT', tag: 'pt-PT', name: 'Português', dir: 'ltr' },
  { folder: 'ro', tag: 'ro', name: 'Română', dir: 'ltr' },
  { folder: 'sk', tag: 'sk', name: 'Slovenčina', dir: 'ltr' },
  { folder: 'sl', tag: 'sl', name: 'Slovenščina', dir: 'ltr' },
  { folder: 'sv', tag: 'sv', name: 'Svenska', dir: 'ltr' },
  { folder: 'nb', tag: 'nb', name: 'Norsk bokmål', dir: 'ltr' },
  { folder: 'is', tag: 'is', name: 'Íslenska', dir: 'ltr' },
  { folder: 'tr', tag: 'tr', name: 'Türkçe', dir: 'ltr' },
  { folder: 'ar', tag: 'ar', name: 'العربية', dir: 'rtl' },
  { folder: 'uk', tag: 'uk', name: 'Українська', dir: 'ltr' },
  { folder: 'ru', tag: 'ru', name: 'Русский', dir: 'ltr' },
]

/** The supported locale that best serves a BCP 47 tag (exact, then by language), or null. */
export function localeFor(tag: string): LocaleInfo | null {
  const wanted = tag.replace('_', '-').toLowerCase()
  const language = wanted.split('-')[0]
  return (
    LOCALES.find((l) => l.tag.toLowerCase() === wanted) ??
    LOCALES.find((l) => l.tag.split('-')[0] === language || (language === 'no' && l.folder === 'nb')) ??
    null
  )
}
