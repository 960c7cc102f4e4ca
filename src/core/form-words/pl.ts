import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'pl',
  headings: ['sprzeciw wobec wykorzystywania twoich informacji na potrzeby ai w meta'],
  objectStems: ['sprzeciw'],
  aiWords: ['ai', 'si'],
  emailLabels: ['e-mail', 'email', 'poczta elektroniczna'],
  explanationLabels: ['powiedz nam, jak to przetwarzanie wplywa na ciebie'],
  submit: ['wyslij'],
  aiQuestions: ['czy twoja prosba dotyczy ai w meta'],
  yes: ['tak'],
  confirmations: ['dziekujemy za kontakt', 'otrzymalismy twoja prosbe'],
} satisfies FormWords
