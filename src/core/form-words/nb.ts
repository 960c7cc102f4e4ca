import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'nb',
  headings: ['protester mot at informasjonen din brukes til ki hos meta', 'protest mot bruk av informasjonen din til ki hos meta', 'protester mot at informasjonen din brukes til ai hos meta'],
  objectStems: ['protest', 'motsett', 'innsigelse', 'reserver'],
  aiWords: ['ki', 'ai'],
  emailLabels: ['e-post', 'epost', 'email'],
  explanationLabels: ['fortell oss hvordan denne behandlingen pavirker deg', 'fortell oss hvordan denne behandlingen har innvirkning pa deg'],
  submit: ['send', 'send inn'],
  aiQuestions: ['gjelder forespørselen din ki hos meta', 'gjelder forespørselen din ai hos meta'],
  yes: ['ja'],
  confirmations: ['takk for at du kontaktet oss', 'vi har mottatt forespørselen din'],
} satisfies FormWords
