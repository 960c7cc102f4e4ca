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

/**
 * Listens for the user's own input only: an event the browser fired for a click or a key
 * (`isTrusted`), never one a page script dispatched, nor a click() it called through the open
 * shadow root. Such an event loses its default action too (a link opening, a form submitting).
 */
export function onUserEvent<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, action: (event: HTMLElementEventMap[K]) => void): void {
  target.addEventListener(type, (event) => {
    if (event.isTrusted) action(event)
    else event.preventDefault()
  })
}

/**
 * A form whose submission counts only right after the user's own click on its `button` or Enter
 * in one of `fields`: a page's requestSubmit() fires a trusted submit event too, but no trusted
 * click or key comes before it. The page never submits (the default is prevented).
 */
export function onUserSubmit(form: HTMLFormElement, button: HTMLButtonElement, fields: HTMLElement[], action: () => void): void {
  let armed = false
  const arm = (): void => {
    armed = true
    // The submission follows in the same task, as the click's or the key's default action.
    setTimeout(() => (armed = false))
  }
  onUserEvent(button, 'click', arm)
  for (const field of fields) onUserEvent(field, 'keydown', (event) => event.key === 'Enter' && arm())
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (!armed) return
    armed = false
    action()
  })
}
