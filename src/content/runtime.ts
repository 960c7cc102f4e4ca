/**
 * The few browser APIs the content scripts use, typed, without webextension-polyfill (which
 * would cost more CPU on every facebook page than the whole banner). Firefox has the
 * promise-based `browser`; Chrome MV3's `chrome` returns promises too.
 */
type MessageListener = (message: unknown) => void

interface ContentApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>
    onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void }
  }
  i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string }
}

const g = globalThis as unknown as { browser?: ContentApi; chrome?: ContentApi }
export const api: ContentApi = g.browser ?? (g.chrome as ContentApi)
