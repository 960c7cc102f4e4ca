import browser from 'webextension-polyfill'

export const t = (key: string, substitutions?: string[]): string => browser.i18n.getMessage(key, substitutions) || key
export const uiLanguage = (): string => browser.i18n.getUILanguage()
export const uiDirection = (): 'ltr' | 'rtl' => (browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr')
