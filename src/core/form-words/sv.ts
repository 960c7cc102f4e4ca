import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'sv',
  headings: ['invand mot att din information anvands for ai hos meta', 'invandning mot anvandningen av din information for ai hos meta'],
  objectStems: ['invand'],
  aiWords: ['ai'],
  emailLabels: ['e-post', 'epost', 'email'],
  explanationLabels: ['beratta for oss hur den har behandlingen paverkar dig'],
  submit: ['skicka'],
  aiQuestions: ['galler din begaran ai hos meta'],
  yes: ['ja'],
  confirmations: ['tack for att du kontaktade oss', 'vi har tagit emot din begaran'],
} satisfies FormWords
