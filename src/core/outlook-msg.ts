/**
 * Outlook's .msg files (a compound file of MAPI properties), read with @kenjiuno/msgreader and
 * turned into the mail text the rest of the recorder reads: the original transport headers when
 * Outlook kept them (their Date header has the offset, to the second), else From, To, Date and
 * Subject from the properties, then the plain body. Loaded only with the recorder.
 */

/** The compound file signature every .msg starts with. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export const isOutlookMsg = (bytes: Uint8Array): boolean => CFB_SIGNATURE.every((b, i) => bytes[i] === b)

/** Transport headers without those that describe the original body (this text carries the plain body only). */
function keptHeaders(headers: string): string[] {
  const lines: string[] = []
  let dropping = false
  for (const line of headers.replace(/\r\n/g, '\n').split('\n')) {
    if (!line.trim()) break
    if (/^[ \t]/.test(line)) {
      if (!dropping) lines.push(line)
      continue
    }
    dropping = /^(content-|mime-version:)/i.test(line)
    if (!dropping) lines.push(line)
  }
  return lines
}

export async function outlookMsgAsMail(bytes: Uint8Array): Promise<string> {
  const mod = await import('@kenjiuno/msgreader')
  // A CommonJS module: its class is `default`, once or twice wrapped depending on the loader.
  const MsgReader = ((mod.default as unknown as { default?: typeof mod.default }).default ?? mod.default) as typeof mod.default
  const data = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getFileData()
  if (data.error) throw new Error(data.error)
  const head = data.headers ? keptHeaders(data.headers) : []
  const has = (name: string) => head.some((line) => line.toLowerCase().startsWith(`${name}:`))
  const sender = data.senderEmail ? (data.senderName ? `${data.senderName} <${data.senderEmail}>` : data.senderEmail) : undefined
  const sent = data.clientSubmitTime ?? data.messageDeliveryTime
  const to = data.recipients?.map((r) => (r.smtpAddress ?? r.email ? `${r.name ?? ''} <${r.smtpAddress ?? r.email}>`.trim() : r.name)).filter(Boolean).join(', ')
  const fields = [
    !has('from') && sender && `From: ${sender}`,
    !has('to') && to && `To: ${to}`,
    !has('date') && sent && `Date: ${sent}`,
    !has('subject') && data.subject && `Subject: ${data.subject}`,
  ].filter((x): x is string => Boolean(x))
  return [...head, ...fields, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', (data.body ?? '').replace(/\r\n/g, '\n')].join('\n')
}
