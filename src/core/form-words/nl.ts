import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'nl',
  headings: ['bezwaar maken tegen het gebruik van je informatie voor ai bij meta'],
  objectStems: ['bezwaar'],
  aiWords: ['ai'],
  emailLabels: ['e-mail', 'email'],
  explanationLabels: ['laat ons weten welke gevolgen deze verwerking voor je heeft'],
  submit: ['verzenden', 'versturen'],
  aiQuestions: ['heeft je verzoek betrekking op ai bij meta'],
  yes: ['ja'],
  confirmations: ['bedankt voor je bericht', 'we hebben je verzoek ontvangen'],
} satisfies FormWords
