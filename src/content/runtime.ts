/**
 * The few browser APIs the content script uses, typed, without webextension-polyfill (which
 * would cost more CPU on every facebook page than the whole banner). Firefox has the
 * promise-based `browser`; Chrome MV3's `chrome` returns promises too.
 */
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

export const t = (key: string, substitutions?: string[]): string => api.i18n.getMessage(key, substitutions) || key
export const uiLanguage = (): string => api.i18n.getUILanguage()
