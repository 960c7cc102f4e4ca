/** A tiny element builder: text only, never HTML. */
type Attrs = Record<string, string | boolean | undefined>

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    el.setAttribute(name, value === true ? '' : value)
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    el.append(child)
  }
  return el
}

/**
 * The host of a card drawn in its own shadow root, fixed on the page. Placed through the CSS
 * object model with !important, so page styles cannot hide or move it and a strict page CSP (no
 * inline style attributes) does not block it. `placement`: where, as CSS declarations.
 */
export function fixedHost(id: string, testId: string, placement: string[]): HTMLDivElement {
  const host = h('div', { id, 'data-testid': testId })
  const declarations = ['all: initial', 'display: block', 'position: fixed', 'z-index: 2147483646', ...placement]
  host.style.cssText = declarations.map((declaration) => `${declaration} !important;`).join(' ')
  host.attachShadow({ mode: 'open' })
  return host
}
