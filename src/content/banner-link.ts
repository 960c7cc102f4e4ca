/**
 * The link between the page watcher (main.iife.ts, on every page) and the banner's drawing script
 * (banner-script.ts), which the background runs in a page only once the page has a banner to
 * show: pages without one never load the drawing code. Both scripts share one world per frame.
 * Also the few DOM helpers both need, by id (a selector would walk all of a feed's nodes).
 */
import type { ReplyGist } from '../core/content-reply'
import { worldSlot } from './world'

export interface BannerActions {
  objectNow(): void
  markDone(objectedOn: string): void
  snooze(): void
  dismiss(): void
}

export type BannerGist = Extract<ReplyGist, { type: 'banner' }>

export interface BannerLink {
  /** The banner reply the watcher last wants shown (the drawing script checks it whole). */
  state: BannerGist | null
  actions: BannerActions
  /** Set by the drawing script once it runs. */
  draw?: (state: BannerGist) => void
}

const link = worldSlot<BannerLink>('banner')

/** The watcher's end: made once per frame. */
export function openBannerLink(actions: BannerActions): BannerLink {
  return link.get() ?? link.set({ state: null, actions })
}

/** The drawing script's end: undefined when no watcher runs here. */
export const bannerLink = (): BannerLink | undefined => link.get()

export const BANNER_HOST_ID = 'object-meta-ai-banner'

export function findBanner(doc: Document = document): HTMLElement | null {
  return doc.getElementById(BANNER_HOST_ID)
}

export function removeBanner(doc: Document = document): void {
  findBanner(doc)?.remove()
}

/** Shows a short error inside the banner (announced by screen readers). */
export function showBannerError(): void {
  const status = findBanner()?.shadowRoot?.querySelector<HTMLElement>('[role="status"]')
  if (!status) return
  status.hidden = false
  status.textContent = status.dataset.message ?? ''
}
