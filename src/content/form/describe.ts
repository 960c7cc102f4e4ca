/**
 * A description of a page's structure, for a bug report when the assistant cannot recognise Meta's
 * form: tag names, roles, input types and states, and the texts of the page's own labels, headings
 * and buttons. Never a field's value, an e-mail address, a name, a number or an id: values the
 * page holds are cut out of every text, then addresses, numbers, handles and every capitalised word,
 * or word of a script without capitals, that is not one of Meta's form words (`isFormWord`, from
 * the assistant, which has the words) are masked. It imports no words itself: the script that
 * runs it is loaded only on the user's request. Capped in size and in time, so that a huge page
 * costs no long task. Nothing is sent anywhere: the user pastes it where they choose.
 */

export const DESCRIPTION_MAX_CHARS = 20_000
/** Time budget of one description, well under a long task (50 ms). */
const DESCRIPTION_MAX_MS = 25
const MAX_DEPTH = 40
const TEXT_MAX = 120
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'HEAD', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG'])
/** Elements whose own text the description keeps: labels, headings, buttons, choices. */
const TEXT_TAGS = new Set(['LABEL', 'LEGEND', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BUTTON', 'OPTION', 'SUMMARY', 'TH', 'CAPTION'])
const TEXT_ROLES = new Set(['heading', 'button', 'radio', 'option', 'tab', 'checkbox', 'menuitem', 'menuitemradio', 'link'])
const INPUT_TYPES = new Set(['text', 'email', 'tel', 'url', 'search', 'password', 'number', 'date', 'checkbox', 'radio', 'submit', 'button', 'hidden', 'file', 'reset', 'image', 'range', 'color'])
const STATES = ['readonly', 'disabled', 'required', 'hidden', 'checked', 'multiple'] as const

/** What the page holds that the user typed or chose: cut out of every text. */
function valuesOf(doc: Document): string[] {
  const values: string[] = []
  for (const field of doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (field.value.trim().length >= 2) values.push(field.value.trim())
  }
  for (const option of doc.querySelectorAll<HTMLOptionElement>('option:checked')) if (option.value.trim().length >= 2) values.push(option.value.trim())
  return values.sort((a, b) => b.length - a.length)
}

/** A page's text as it may appear in the description (see the module's comment). */
export function safeText(said: string, values: readonly string[], isFormWord: (word: string) => boolean): string {
  let out = said.replace(/\s+/g, ' ').trim().slice(0, TEXT_MAX * 2)
  const lower = out.toLowerCase()
  for (const value of values) {
    const at = lower.indexOf(value.toLowerCase())
    if (at >= 0) return safeText(`${out.slice(0, at)} … ${out.slice(at + value.length)}`, values, isFormWord)
  }
  out = out
    .split(' ')
    .map((word) => {
      if (word.includes('@')) return '[e-mail]'
      if (/\p{N}/u.test(word)) return '#'
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
      if (/[._]/.test(bare) || /[/\\:]/.test(word)) return 'x'
      // A capitalised word may be a name, and so may any word of a script without capitals
      // (Arabic, Hebrew, Chinese…), where no capital tells one: unless Meta's form uses it.
      const capitalised = bare !== bare.toLowerCase()
      const caseless = bare !== '' && bare.toLowerCase() === bare.toUpperCase()
      if ((capitalised || caseless) && !isFormWord(bare)) return 'X'
      return word
    })
    .join(' ')
  return out.length > TEXT_MAX ? `${out.slice(0, TEXT_MAX)}…` : out
}

const textOf = (el: Element): string => el.getAttribute('aria-label') || el.textContent || ''

function line(el: Element, values: readonly string[], isFormWord: (word: string) => boolean): string {
  const tag = el.tagName.toLowerCase()
  const parts = [/^[a-z][a-z0-9-]{0,30}$/.test(tag) ? tag : 'element']
  const role = el.getAttribute('role')
  if (role && /^[a-z]{2,20}$/.test(role)) parts.push(`role=${role}`)
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type
    parts.push(`type=${INPUT_TYPES.has(type) ? type : 'other'}`)
  }
  for (const state of STATES) if (el.hasAttribute(state)) parts.push(state)
  if (el.getAttribute('aria-hidden') === 'true') parts.push('aria-hidden')
  if (TEXT_TAGS.has(el.tagName) || (role && TEXT_ROLES.has(role))) {
    const said = safeText(textOf(el), values, isFormWord)
    if (said) parts.push(JSON.stringify(said))
  }
  return parts.join(' ')
}

export interface DescribeOptions {
  /** The page's address: only its host and path, numbers masked. */
  url: string
  /** An element left out (the assistant's own panel). */
  skip?: Element | null
  /** Whether a capitalised word is one of Meta's form words (no one's name). */
  isFormWord: (word: string) => boolean
  /** The clock of the time budget. */
  now?: () => number
}

/** The description of `doc`'s body (see the module's comment). */
export function describePage(doc: Document, { url, skip = null, isFormWord, now = () => performance.now() }: DescribeOptions): string {
  const started = now()
  const address = /^https:\/\/([^/?#]+)([^?#]*)/.exec(url)
  const values = valuesOf(doc)
  const head = [
    'Page structure (no values, addresses, names or numbers):',
    `address: ${address ? `${address[1]}${address[2]}`.replace(/\p{N}+/gu, '#').replace(/[^\p{L}#./-]/gu, '').slice(0, 200) : '(not https)'}`,
    `language: ${(doc.documentElement.lang || '?').slice(0, 12).replace(/[^A-Za-z-]/g, '')}`,
  ]
  const lines: string[] = []
  let size = head.join('\n').length
  let truncated = false
  const walk = (el: Element, depth: number): void => {
    for (let child = el.firstElementChild; child && !truncated; child = child.nextElementSibling) {
      if (SKIPPED.has(child.tagName) || child === skip || child.namespaceURI !== el.ownerDocument.documentElement.namespaceURI) continue
      const said = `${'  '.repeat(depth)}${line(child, values, isFormWord)}`
      if (size + said.length + 1 > DESCRIPTION_MAX_CHARS - 40 || (lines.length % 100 === 0 && now() - started > DESCRIPTION_MAX_MS)) {
        truncated = true
        return
      }
      lines.push(said)
      size += said.length + 1
      if (depth < MAX_DEPTH) walk(child, depth + 1)
    }
  }
  walk(doc.body ?? doc.documentElement, 0)
  return [...head, ...lines, ...(truncated ? ['… (cut here: the page is larger)'] : [])].join('\n')
}
