/**
 * Who sent a runtime message. Only two kinds are accepted: the extension's own pages
 * (popup, options) and its content script running on a facebook or instagram page.
 */
import { HELP_HOST, platformOfUrl, type Platform } from './platform'

/** The parts of `runtime.MessageSender` that are checked. */
export interface SenderLike {
  id?: string
  url?: string
  tab?: { id?: number; url?: string }
  frameId?: number
}

export type SenderContext =
  | { kind: 'extension' }
  | { kind: 'content'; platform: Platform }
  /** The form assistant on Meta's help site (help.meta.com), which speaks for no account by itself. */
  | { kind: 'help' }
  | { kind: 'rejected'; why: string }

const isHelpPage = (url: string | undefined): boolean => url?.startsWith(`https://${HELP_HOST}/`) === true

export function classifySender(sender: SenderLike, ownId: string, ownOrigin: string): SenderContext {
  if (sender.id !== ownId) return { kind: 'rejected', why: 'sent by another extension or a web page' }
  const origin = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`
  if (sender.url?.startsWith(origin)) return { kind: 'extension' }
  if (!sender.tab) return { kind: 'rejected', why: 'not from a tab nor an extension page' }
  if (isHelpPage(sender.url)) {
    return sender.tab.url === undefined || isHelpPage(sender.tab.url) ? { kind: 'help' } : { kind: 'rejected', why: 'frame and tab disagree on the site' }
  }
  const platform = platformOfUrl(sender.url)
  if (!platform) return { kind: 'rejected', why: 'content script message from a page that is not facebook or instagram' }
  if (sender.tab.url !== undefined && platformOfUrl(sender.tab.url) !== platform) {
    return { kind: 'rejected', why: 'frame and tab disagree on the platform' }
  }
  return { kind: 'content', platform }
}
