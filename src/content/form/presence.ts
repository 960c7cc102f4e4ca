/**
 * Whether the form assistant is here: its script in this frame, its panel on the page. Tiny on
 * purpose: the banner's script, which runs on every page, imports it.
 */
const MARK = Symbol.for('object-meta-ai.form-assistant')
/** Both content scripts of the extension share one world per frame: a mark on it is seen by both. */
const world = globalThis as unknown as Record<symbol, true | undefined>

export const assistantLoaded = (): boolean => world[MARK] === true
export const markAssistantLoaded = (): void => {
  world[MARK] = true
}

export const ASSISTANT_TEST_ID = 'form-assistant'
/** Found by id, from the document's id map: a selector would walk all of a feed's nodes. */
export const ASSISTANT_HOST_ID = 'object-meta-ai-form-assistant'

export function findAssistant(doc: Document = document): HTMLElement | null {
  return doc.getElementById(ASSISTANT_HOST_ID)
}
