/**
 * The form assistant's words: the browser's catalogue at first, then the language picked in the
 * popup, sent by the background with the assistant's context.
 */
import { translator, type Translate } from '../../core/translate'
import type { AssistantContext } from '../../core/messages'
import { api } from '../runtime'

const browserT: Translate = (key, substitutions) => api.i18n.getMessage(key, substitutions) || key
let picked: { t: Translate; lang: string; dir: 'ltr' | 'rtl' } | null = null

/** From now on, speak the language of these words (the one picked in the popup, sent by the background). */
export function useWords(context: AssistantContext): void {
  picked = { t: translator(context.catalog, browserT), lang: context.lang, dir: context.dir }
}

export const t: Translate = (key, substitutions) => (picked ? picked.t(key, substitutions) : browserT(key, substitutions))
export const uiLanguage = (): string => picked?.lang ?? (api.i18n.getMessage('language_tag') || api.i18n.getUILanguage())
export const uiDirection = (): 'ltr' | 'rtl' => picked?.dir ?? (browserT('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr')
