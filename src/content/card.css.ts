/**
 * The CSS the banner and the form assistant share: a card in its own shadow root, its heading,
 * buttons and focus ring, in light and dark. Colours meet WCAG AA (≥ 4.5:1).
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1c1e21; background: #ffffff; border: 1px solid #8a8d91; border-radius: 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px 14px;
}
.head { display: flex; align-items: center; gap: 8px; }
.brand { display: flex; align-items: center; gap: 8px; flex: 1; min-inline-size: 0; }
.brand-icon { flex: none; }
.title { font-size: 15px; font-weight: bold; margin: 0; }
.from { font-size: 12px; color: #4b4f56; }
h2 { font-size: 15px; margin: 0; flex: 1; }
p { margin: 8px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button, a.primary {
  font: inherit; cursor: pointer; border-radius: 8px; padding: 6px 10px; text-decoration: none;
  border: 1px solid #1b5fcc; background: #ffffff; color: #1b5fcc; display: inline-block;
}
button.icon { border: none; background: transparent; color: #1c1e21; padding: 4px 8px; font-size: 16px; line-height: 1; }
:focus-visible { outline: 3px solid #e8710a; outline-offset: 2px; }
.error { color: #b3261e; }
@media (prefers-color-scheme: dark) {
  .card { color: #e4e6eb; background: #242526; }
  button, a.primary { border-color: #8ab4f8; background: #242526; color: #8ab4f8; }
  button.icon { color: #e4e6eb; }
  .from { color: #b0b3b8; }
  .error { color: #f2b8b5; }
}
@media (prefers-reduced-motion: no-preference) {
  button, a.primary { transition: background-color .15s; }
}
`
