/**
 * The extension's own face on the page: its icon, its name, and that the card comes from this
 * extension, not from Meta. In the banner's and the form assistant's headers.
 *
 * The icon is an <img> of the icon's SVG as a data: address, built here: an <img> of the packaged
 * PNG would need the file web-accessible, which pages could probe; and SVG elements made from the
 * content script cost their first use in its world (about 2 ms of the banner's CPU in the bench),
 * where one <img> costs next to nothing. facebook.com and instagram.com allow data: images.
 */
import { ICON_BLUE, ICON_MARK, ICON_SHIELD, ICON_VIEW_BOX } from '../core/icon'
import { h } from './dom'

const ICON_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${ICON_VIEW_BOX}"><path d="${ICON_SHIELD}" fill="${ICON_BLUE}"/>` +
  `<path d="${ICON_MARK}" fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round"/></svg>`
const ICON_URL = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`

/** Icon, name (the heading) and "shown by this extension, not by Meta". */
export function brand(name: string, from: string, heading: HTMLElement = h('div', { role: 'heading', 'aria-level': '2' })): HTMLElement {
  heading.classList.add('title')
  heading.textContent = name
  const icon = h('img', { src: ICON_URL, alt: '', width: '24', height: '24', class: 'brand-icon', 'data-icon': 'app' })
  return h('div', { class: 'brand' }, icon, h('div', {}, heading, h('div', { class: 'from' }, from)))
}
