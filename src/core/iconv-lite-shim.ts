/**
 * What @kenjiuno/msgreader needs of iconv-lite, from the browser's own TextDecoder: decoding the
 * 8-bit strings of an older .msg in its code page. (iconv-lite itself needs Node's Buffer and
 * ships every code page's table.) The reader never writes, so encode is not offered.
 */
export function decode(bytes: ArrayLike<number>, encoding: string): string {
  const label = /^\d+$/.test(encoding) ? `windows-${encoding}` : encoding
  try {
    return new TextDecoder(label).decode(Uint8Array.from(bytes))
  } catch {
    return new TextDecoder('windows-1252').decode(Uint8Array.from(bytes))
  }
}

export function encode(): never {
  throw new Error('writing .msg files is not supported')
}

export default { decode, encode }
