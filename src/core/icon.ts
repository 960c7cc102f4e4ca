/**
 * The extension's icon (scripts/icon.svg) as data, drawn inline wherever it must show: the popup's
 * header, the banner's and the assistant's. An <img> of the packaged PNG would need the file to be
 * web-accessible, which pages could probe.
 */
export const ICON_VIEW_BOX = '0 0 128 128'
export const ICON_SHIELD = 'M64 6 L114 24 V60 C114 92 92 114 64 122 C36 114 14 92 14 60 V24 Z'
export const ICON_BLUE = '#1b5fcc'
export const ICON_RING = { cx: '64', cy: '62', r: '30' }
export const ICON_BAR = { x1: '43', y1: '83', x2: '85', y2: '41' }
