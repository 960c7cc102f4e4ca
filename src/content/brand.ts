/**
 * The extension's own face on the page: its icon, drawn inline (an <img> of the packaged icon
 * would need it web-accessible, which pages could probe), its name, and that the card comes from
 * this extension, not from Meta. In the banner's and the form assistant's headers.
 */
import { ICON_BAR, ICON_BLUE, ICON_RING, ICON_SHIELD, ICON_VIEW_BOX } from '../core/icon'
import { h } from './dom'

const SVG = 'http://www.w3.org/2000/svg'

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, tag)
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  return el
}

function icon(): SVGElement {
  const mark = svg('svg', { viewBox: ICON_VIEW_BOX, width: '24', height: '24', 'aria-hidden': 'true', focusable: 'false', class: 'brand-icon' })
  const white = { fill: 'none', stroke: '#ffffff', 'stroke-width': '12', 'stroke-linecap': 'round' }
  mark.append(svg('path', { d: ICON_SHIELD, fill: ICON_BLUE }), svg('circle', { ...ICON_RING, ...white }), svg('line', { ...ICON_BAR, ...white }))
  return mark
}

/** Icon, name (the heading) and "shown by this extension, not by Meta". */
export function brand(name: string, from: string, heading: HTMLElement = h('div', { role: 'heading', 'aria-level': '2' })): HTMLElement {
  heading.classList.add('title')
  heading.textContent = name
  return h('div', { class: 'brand' }, icon(), h('div', {}, heading, h('div', { class: 'from' }, from)))
}
