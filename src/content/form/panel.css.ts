/** The form assistant's own CSS, scoped by its shadow root. Light and dark colours meet WCAG AA (≥ 4.5:1). */
export const PANEL_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1c1e21; background: #ffffff; border: 1px solid #8a8d91; border-radius: 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px 14px; max-block-size: calc(100vh - 112px); overflow: auto;
}
.head { display: flex; align-items: center; gap: 8px; }
h2 { font-size: 15px; margin: 0; flex: 1; }
p { margin: 8px 0; }
.muted { color: #4b4f56; font-size: 13px; }
.email { font-weight: 600; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-block: 10px; }
button {
  font: inherit; cursor: pointer; border-radius: 8px; padding: 6px 10px;
  border: 1px solid #1b5fcc; background: #ffffff; color: #1b5fcc;
}
button.icon { border: none; background: transparent; color: #1c1e21; padding: 4px 8px; font-size: 16px; line-height: 1; }
:focus-visible { outline: 3px solid #e8710a; outline-offset: 2px; }
.ok { color: #1e6b34; }
.warn, .error { color: #b3261e; }
@media (prefers-color-scheme: dark) {
  .card { color: #e4e6eb; background: #242526; }
  .muted { color: #b0b3b8; }
  button { border-color: #8ab4f8; background: #242526; color: #8ab4f8; }
  button.icon { color: #e4e6eb; }
  .ok { color: #81c995; }
  .warn, .error { color: #f2b8b5; }
}
@media (prefers-reduced-motion: no-preference) {
  button { transition: background-color .15s; }
}
`
