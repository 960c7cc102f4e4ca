import { CARD_CSS } from '../card.css'

/** The form assistant's CSS, scoped by its shadow root: the shared card, and what only the panel has. */
export const PANEL_CSS = `${CARD_CSS}
.card { max-block-size: calc(100vh - 112px); overflow: auto; }
.muted { color: #4b4f56; font-size: 13px; }
.purpose { font-weight: 600; margin-block-end: 0; }
.email { font-weight: 600; overflow-wrap: anywhere; }
.actions { margin-block: 10px; }
.ok { color: #1e6b34; }
.warn { color: #b3261e; }
@media (prefers-color-scheme: dark) {
  .muted { color: #b0b3b8; }
  .ok { color: #81c995; }
  .warn { color: #f2b8b5; }
}
`
