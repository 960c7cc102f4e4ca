import { CARD_CSS } from './card.css'

/** The banner's CSS, scoped by its shadow root: the shared card, and what only the banner has. */
export const BANNER_CSS = `${CARD_CSS}
.line { margin: 8px 0; }
.account { color: #4b4f56; font-size: 13px; }
.actions { margin-block-start: 10px; }
.later { margin-block-start: 6px; }
button.quiet { border-color: transparent; background: transparent; text-decoration: underline; padding-inline: 4px; }
.choices { font-size: 12px; color: #4b4f56; margin: 4px 0 0; }
.done { flex-basis: 100%; margin-block-start: 6px; }
a.primary, button.primary { background: #1b5fcc; color: #ffffff; }
/* A date input's calendar button takes focus inside the input, where :focus-visible does not reach. */
input[type="date"]:focus-within { outline: 3px solid #e8710a; outline-offset: 2px; }
label { display: block; margin-block-end: 4px; }
input { font: inherit; padding: 4px; border: 1px solid #60646c; border-radius: 6px; color: inherit; background: inherit; }
.collapsed .body { display: none; }
@media (prefers-color-scheme: dark) {
  .account, .choices { color: #b0b3b8; }
  button.quiet { background: transparent; border-color: transparent; }
  a.primary, button.primary { background: #8ab4f8; color: #1c1e21; }
}
`
