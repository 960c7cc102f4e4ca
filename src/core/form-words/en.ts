import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'en',
  headings: ['object to your information being used for ai at meta'],
  objectStems: ['object'],
  aiWords: ['ai'],
  emailLabels: ['email', 'e-mail'],
  explanationLabels: ['please tell us how this processing impacts you'],
  submit: ['send', 'submit'],
  aiQuestions: ['does your request relate to ai at meta'],
  yes: ['yes'],
  confirmations: ['thanks for contacting us', 'we have received your request', "we've received your request"],
} satisfies FormWords
