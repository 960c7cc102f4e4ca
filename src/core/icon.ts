/**
 * The extension's icon (scripts/icon.svg) as data, drawn inline wherever it must show: the popup's
 * header, the banner's and the assistant's. An <img> of the packaged PNG would need the file to be
 * web-accessible, which pages could probe. Two paths only (the shield, and the ring with its bar
 * as one stroke), so that the banner wakes as few kinds of element as it can.
 */
export const ICON_VIEW_BOX = '0 0 128 128'
export const ICON_SHIELD = 'M64 6 L114 24 V60 C114 92 92 114 64 122 C36 114 14 92 14 60 V24 Z'
export const ICON_BLUE = '#1b5fcc'
/** The ring (centre 64,62, radius 30) and the bar across it, drawn white with one stroke. */
export const ICON_MARK = 'M94 62 A30 30 0 1 1 34 62 A30 30 0 1 1 94 62 M43 83 L85 41'
