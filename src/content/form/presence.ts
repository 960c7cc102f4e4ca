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
/** Found by id, from the document's id map: a selector would walk all of a feed's nodes. */
export const ASSISTANT_HOST_ID = 'object-meta-ai-form-assistant'

export function findAssistant(doc: Document = document): HTMLElement | null {
  return doc.getElementById(ASSISTANT_HOST_ID)
}
