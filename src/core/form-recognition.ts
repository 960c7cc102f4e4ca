/**
 * How the objection form is recognised, by meaning only: where it can appear (URL patterns),
 * which elements to look at (selectors on roles, input types and labels, never Meta's generated
 * class names) and the words Meta uses, per language. Every language has saved pages in which its
 * form, first question and confirmation are recognised: tests/unit/form-words.test.ts lists them
 * (kept there so the content script does not carry test paths) and fails for a language without.
 *
 * A later locale is one more file in form-words/: the recogniser takes the union of all entries,
 * so the page's language never has to be guessed first.
 */
import { NOT_OBJECTION_FORM_URLS, OBJECTION_FORM_URLS, PRIVACY_REQUEST_URLS } from './form-addresses'
import type { Platform } from './platform'

/** The words of one language. All are matched case- and accent-insensitively (see normalizeText). */
export interface FormWords {
  lang: string
  /** Headings of the objection form, whole phrases (contained in the heading). */
  headings: string[]
  /**
   * Reworded headings: a heading that has a word starting with one of `objectStems`, one of the
   * `aiWords` as a whole word, and the word "meta" is the objection form too.
   */
  objectStems: string[]
  aiWords: string[]
  /** What says "e-mail" in a field's label or beside an address shown as text (contained). */
  emailLabels: string[]
  /** Labels of the optional free-text field (contained in the label). */
  explanationLabels: string[]
  /** Whole text of the submit control. */
  submit: string[]
  /** The question asked first on the Privacy Policy's right-to-object path (contained). */
  aiQuestions: string[]
  /** Whole text of the answer that leads to the objection. */
  yes: string[]
  /** What Meta shows once the request is sent (contained). */
  confirmations: string[]
}



/**
 * The words in use. The content script gets them from the background on the pages that can hold
 * the form (all languages together are larger than the rest of the content script); the
 * background and the tests install every language by importing form-words.ts.
 */
let WORDS: readonly FormWords[] = []
export function useFormWords(words: readonly FormWords[]): void {
  WORDS = words
}

/** Where to look for things, by meaning. */
export const FORM_SELECTORS = {
  headings: 'h1, h2, h3, h4, [role="heading"]',
  /** Fields that may hold the e-mail: any input but those that cannot (what they say decides). */
  email: 'input:not([type="checkbox"], [type="radio"], [type="submit"], [type="button"], [type="reset"], [type="file"], [type="image"], [type="range"], [type="color"], [type="password"], [type="hidden"])',
  /** The optional free-text field (a plain textarea, so that its value can be set and edited). */
  explanation: 'textarea',
  /** Send in all its shapes: buttons with or without a type, inputs, roles, links acting as buttons. */
  submit: 'button, input[type="submit"], input[type="button"], [role="button"], a:not([href]), a[href^="#"], a[href^="javascript:" i]',
  /** Choices of a step before the fields: the AI question, the kind of request, the product. */
  choices: 'input[type="radio"], [role="radio"], [role="option"], [role="menuitemradio"], [role="tab"], button, [role="button"], li[tabindex], a:not([href]), a[href^="#"]',
  /** Where a confirmation is announced. */
  confirmation: 'h1, h2, h3, h4, [role="heading"], [role="alert"], [role="status"], [aria-live], p',
} as const

/**
 * Pages that can hold the form: Meta's help contact forms (ids change, so any id) and the pages
 * from which in-page navigation leads to the form (the Privacy Policy and Privacy Center).
 * Anything else is left alone without looking at its DOM.
 */
const FORM_PAGE_PATHS: Record<string, RegExp> = {
  contact: /^\/(help\/)?contact\/\d+\/?$/,
  privacy: /^\/(privacy\/(policy|center)|policy)(\/|$)/,
}

/** `help`: a privacy request on Meta's help site, where no account cookie tells the account. */
export type FormPageKind = 'contact' | 'privacy' | 'help'

/**
 * Match patterns of every page formPageKind accepts: the manifest runs the form assistant's
 * script there on page load (a unit test checks the cover). In-page navigation to such a page
 * from elsewhere has the background run it.
 */
export const FORM_PAGE_MATCHES = [
  'https://*.facebook.com/contact/*', 'https://*.facebook.com/help/contact/*', 'https://*.facebook.com/privacy/policy*',
  'https://*.facebook.com/privacy/center*', 'https://*.facebook.com/policy*',
  'https://*.instagram.com/contact/*', 'https://*.instagram.com/help/contact/*', 'https://*.instagram.com/privacy/policy*',
  'https://*.instagram.com/privacy/center*', 'https://*.instagram.com/policy*',
  // PRIVACY_REQUEST_PLACES of the facts module, each as `<url>*` (a unit test checks the cover).
  'https://help.meta.com/support/privacy*',
]

/** Every page FORM_PAGE_PATHS or the form addresses accept has one of these in its URL. */
const CANDIDATE_WORDS = ['/contact/', '/privacy/', '/policy']

/**
 * A first look, by substring only: false for most pages (the feed, profiles, reels…), true for
 * every page formPageKind accepts (and a few more, which formPageKind then turns down).
 */
export const mayHoldForm = (url: string): boolean => CANDIDATE_WORDS.some((word) => url.includes(word))

/** An address as the facts' form addresses are written: origin and path, no trailing slash, no query. */
const bareAddress = (parsed: URL): string => `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`

/** Whether `url` may hold the objection form (now or after in-page navigation), and how. */
export function formPageKind(url: string): FormPageKind | null {
  if (PRIVACY_REQUEST_URLS.some((prefix) => url.startsWith(prefix) && /^($|[/?#])/.test(url.slice(prefix.length)))) return 'help'
  if (!mayHoldForm(url)) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || !/(^|\.)(facebook|instagram)\.com$/.test(parsed.hostname)) return null
  const bare = bareAddress(parsed)
  if (NOT_OBJECTION_FORM_URLS.includes(bare)) return null
  if (OBJECTION_FORM_URLS.includes(bare)) return 'contact'
  if (FORM_PAGE_PATHS.contact!.test(parsed.pathname)) return 'contact'
  if (FORM_PAGE_PATHS.privacy!.test(parsed.pathname)) return 'privacy'
  return null
}

/** Whether `url` is one of the objection forms of the facts module (the address says what it is). */
export function isKnownObjectionForm(url: string): boolean {
  try {
    return OBJECTION_FORM_URLS.includes(bareAddress(new URL(url)))
  } catch {
    return false
  }
}

/** Lower case, accents removed, typographic apostrophes and spaces made plain, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/gi, 'l')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

const wordsOf = (normalized: string): string[] => normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** The language whose objection heading `text` is, or null. */
export function objectionHeadingLang(text: string): string | null {
  const n = normalizeText(text)
  if (!n) return null
  const phrased = WORDS.find((entry) => entry.headings.some((p) => n.includes(p)))
  if (phrased) return phrased.lang
  const words = wordsOf(n)
  for (const entry of WORDS) {
    if (
      words.includes('meta') &&
      words.some((w) => entry.aiWords.includes(w)) &&
      words.some((w) => entry.objectStems.some((stem) => w.startsWith(stem)))
    ) {
      return entry.lang
    }
  }
  return null
}

/**
 * How surely a choice's text leads to the objection: 3 for the form's heading, 2 for an
 * objection word with an AI word, 1 for an objection word alone, 0 for none.
 */
export function objectionChoiceScore(text: string): number {
  const n = normalizeText(text)
  if (!n || n.length > 200) return 0
  if (objectionHeadingLang(n)) return 3
  const words = wordsOf(n)
  for (const entry of WORDS) {
    if (!words.some((w) => entry.objectStems.some((stem) => w.startsWith(stem)))) continue
    return words.some((w) => entry.aiWords.includes(w)) ? 2 : 1
  }
  return 0
}

/** The product a choice names ("Facebook", "Instagram app"…), or null. */
export function productOfChoice(text: string): Platform | null {
  const words = wordsOf(normalizeText(text))
  if (words.length === 0 || words.length > 3) return null
  return words.includes('facebook') ? 'facebook' : words.includes('instagram') ? 'instagram' : null
}

/**
 * Whether `word` is one of Meta's form words in any language (alone, or an e-mail label's compound
 * such as "E-postadress"), or a product's name: a word that is no one's name.
 */
export function isFormWord(word: string): boolean {
  const n = normalizeText(word)
  return PRODUCT_WORDS.includes(n) || containsPhrase('emailLabels', n) || WORDS.some((entry) => Object.values(entry).some((list) => Array.isArray(list) && list.some((p: string) => wordsOf(p).includes(n))))
}
const PRODUCT_WORDS = ['meta', 'ai', 'facebook', 'instagram', 'whatsapp', 'messenger', 'threads', 'quest']

type PhraseKind = 'emailLabels' | 'explanationLabels' | 'aiQuestions' | 'confirmations'
type WholeKind = 'submit' | 'yes'

/** Whether `text` contains one of the phrases of that kind, in any language. */
export function containsPhrase(kind: PhraseKind, text: string): boolean {
  const n = normalizeText(text)
  return n.length > 0 && WORDS.some((entry) => entry[kind].some((p) => n.includes(p)))
}

/** Whether `text` is (as a whole, punctuation aside) one of the words of that kind, in any language. */
export function isWord(kind: WholeKind, text: string): boolean {
  const n = normalizeText(text).replace(/[^\p{L}\p{N} ]+/gu, '').trim()
  return n.length > 0 && WORDS.some((entry) => entry[kind].includes(n))
}
