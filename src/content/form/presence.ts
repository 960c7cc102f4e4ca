/**
 * Whether the form assistant is here: its script in this frame, its panel on the page. Tiny on
 * purpose: the banner's script, which runs on every page, imports it.
 */
import { worldSlot } from '../world'

/** Set by the assistant's script, seen by the watcher's: both run in one world per frame. */
const loaded = worldSlot<true>('form-assistant')

export const assistantLoaded = (): boolean => loaded.get() === true
export const markAssistantLoaded = (): void => void loaded.set(true)

export const ASSISTANT_TEST_ID = 'form-assistant'
export const ASSISTANT_HOST_ID = 'object-meta-ai-form-assistant'

/** The panel's shadow host, held by reference (never looked up by id: a page can plant an element with any id). */
const host = worldSlot<HTMLElement>('form-assistant-host')
export const holdAssistant = (element: HTMLElement): void => void host.set(element)

/** The panel this extension drew in this frame, while it is on the page. */
export function findAssistant(): HTMLElement | null {
  const element = host.get()
  return element?.isConnected ? element : null
}
