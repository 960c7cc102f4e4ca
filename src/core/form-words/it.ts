import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'it',
  headings: ["opporti all'uso delle tue informazioni per l'ia di meta", "opposizione all'uso delle tue informazioni per l'ia di meta"],
  objectStems: ['oppo'],
  aiWords: ['ia'],
  emailLabels: ['e-mail', 'email', 'posta elettronica'],
  explanationLabels: ['spiegaci in che modo questo trattamento ti riguarda'],
  submit: ['invia'],
  aiQuestions: ["la tua richiesta riguarda l'ia di meta"],
  yes: ['si'],
  confirmations: ['grazie per averci contattato', 'abbiamo ricevuto la tua richiesta'],
} satisfies FormWords
