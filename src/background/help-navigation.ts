/**
 * Meta's help site is a single-page app, and no watcher runs there (its host access serves its
 * privacy requests, where the manifest runs the form assistant on a page load): when a tab of
 * that site moves in-page to a privacy request, the background, which sees the tab's address
 * through that host access (tabs.onUpdated, no `tabs` permission), brings the assistant, unless
 * it already runs in the page.
 */
import { formPageKind } from '../core/form-recognition'
import { ASSISTANT_SLOT } from '../content/form/presence'

/** What tabs.onUpdated says of a change, and of the tab after it. */
interface TabChange {
  url?: string
  status?: string
}

/**
 * Whether a tab may have just reached a privacy request of Meta's help site without a page load:
 * it finished loading there (Chrome reports an in-page move as a load), or its address changed in
 * a document already loaded (Firefox).
 */
export function mayBringAssistant(change: TabChange, tab: TabChange): boolean {
  if (formPageKind(tab.url ?? '') !== 'help') return false
  return change.status === 'complete' || (change.url !== undefined && change.status === undefined && tab.status === 'complete')
}

/**
 * Run in the page's extension world by the background: whether the assistant's script runs there
 * (the slot content/world.ts names `object-meta-ai.<name>`; a unit test holds the two together).
 */
export const assistantCheck = {
  func: (key: string): boolean => (globalThis as Record<symbol, unknown>)[Symbol.for(key)] === true,
  args: [`object-meta-ai.${ASSISTANT_SLOT}`] as [string],
}
