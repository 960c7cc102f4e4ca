/**
 * The link between the page watcher (main.iife.ts, on every page) and the banner's drawing script
 * (banner-script.ts), which the background runs in a page only once the page has a banner to
 * show: pages without one never load the drawing code. Both scripts share one world per frame.
 * Also the few DOM helpers both need, on the banner's host held here by reference (never looked
 * up by id: a page can plant an element with any id).
 */
import type { ReplyGist } from '../core/content-reply'
import { worldSlot } from './world'

export interface BannerActions {
  objectNow(): void
  markDone(objectedOn: string): void
  snooze(): void
  dismiss(): void
  /** Opens the extension's window to record Meta's confirmation e-mail. */
  recordConfirmation(): void
}

export type BannerGist = Extract<ReplyGist, { type: 'banner' }>

export interface BannerLink {
  /** The banner reply the watcher last wants shown (the drawing script checks it whole). */
  state: BannerGist | null
  actions: BannerActions
  /** Set by the drawing script once it runs. */
  draw?: (state: BannerGist) => void
  /** The banner's shadow host, made by the drawing script; the only element ever removed as the banner. */
  host?: HTMLElement
}

const link = worldSlot<BannerLink>('banner')

/** The watcher's end: made once per frame. */
export function openBannerLink(actions: BannerActions): BannerLink {
  return link.get() ?? link.set({ state: null, actions })
}

/** The drawing script's end: undefined when no watcher runs here. */
export const bannerLink = (): BannerLink | undefined => link.get()

export const BANNER_HOST_ID = 'object-meta-ai-banner'

/** The banner this extension drew in this frame, while it is on the page. */
export function findBanner(): HTMLElement | null {
  const host = link.get()?.host
  return host?.isConnected ? host : null
}

export function removeBanner(): void {
  const current = link.get()
  current?.host?.remove()
  if (current) delete current.host
}

/** Shows a short error inside the banner (announced by screen readers). */
export function showBannerError(): void {
  const status = findBanner()?.shadowRoot?.querySelector<HTMLElement>('[role="status"]')
  if (!status) return
  status.hidden = false
  status.textContent = status.dataset.message ?? ''
}
