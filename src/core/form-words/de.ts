import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'de',
  headings: ['einspruch gegen die verwendung deiner informationen fur ki bei meta', 'widerspruch gegen die verwendung deiner informationen fur ki bei meta'],
  objectStems: ['einspruch', 'widerspruch', 'widersprech'],
  aiWords: ['ki'],
  emailLabels: ['e-mail', 'email'],
  explanationLabels: ['bitte erklare uns, wie sich diese verarbeitung auf dich auswirkt'],
  submit: ['senden', 'absenden'],
  aiQuestions: ['bezieht sich deine anfrage auf ki bei meta'],
  yes: ['ja'],
  confirmations: ['danke, dass du uns kontaktiert hast', 'wir haben deine anfrage erhalten'],
} satisfies FormWords
