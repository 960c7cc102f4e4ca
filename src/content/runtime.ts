/**
 * The few browser APIs the content script uses, typed, without webextension-polyfill (which
 * would cost more CPU on every facebook page than the whole banner). Firefox has the
 * promise-based `browser`; Chrome MV3's `chrome` returns promises too.
 */
import { translator, type Translate } from '../core/translate'
import type { AssistantContext } from '../core/messages'

interface StorageChange {
  oldValue?: unknown
  newValue?: unknown
}
interface ContentApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> }
  i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string }
  storage: {
    onChanged: {
      addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void
      removeListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void
    }
  }
}

const g = globalThis as unknown as { browser?: ContentApi; chrome?: ContentApi }
export const api: ContentApi = g.browser ?? (g.chrome as ContentApi)

const browserT: Translate = (key, substitutions) => api.i18n.getMessage(key, substitutions) || key
let picked: { t: Translate; lang: string; dir: 'ltr' | 'rtl' } | null = null

/** From now on, speak the language of these words (the one picked in the popup, sent by the background). */
export function useWords(context: AssistantContext): void {
  picked = { t: translator(context.catalog, browserT), lang: context.lang, dir: context.dir }
}

export const t: Translate = (key, substitutions) => (picked ? picked.t(key, substitutions) : browserT(key, substitutions))
export const uiLanguage = (): string => picked?.lang ?? (api.i18n.getMessage('language_tag') || api.i18n.getUILanguage())
export const uiDirection = (): 'ltr' | 'rtl' => picked?.dir ?? (browserT('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr')
