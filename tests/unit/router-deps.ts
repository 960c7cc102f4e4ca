/** Everything route() needs, for unit tests: a store over fake storage, a clock, words that are their keys. */
import type { RouterDeps } from '../../src/background/router'
import type { AccountsStore } from '../../src/background/accounts-store'
import { FORM_WORDS } from '../../src/core/form-words'

export const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop'
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`

export function routerDeps(store: AccountsStore, now: () => Date, overrides: Partial<RouterDeps> = {}): RouterDeps {
  return {
    store,
    ownId: OWN_ID,
    ownOrigin: OWN_ORIGIN,
    now,
    localize: async () => ({ t: (key: string) => key, lang: 'en', dir: 'ltr' }),
    assistantKeys: async () => ['form_assistant_title'],
    formWords: FORM_WORDS,
    ...overrides,
  }
}
