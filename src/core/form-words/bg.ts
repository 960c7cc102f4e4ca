import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'bg',
  headings: ['възражение срещу използването на вашата информация за ии в meta'],
  objectStems: ['възраж', 'възрази'],
  aiWords: ['ии', 'ai'],
  emailLabels: ['имеил', 'електронна поща', 'e-mail', 'email'],
  explanationLabels: ['кажете ни как ви засяга тази обработка', 'кажете ни как ви засяга това обработване'],
  submit: ['изпращане', 'изпрати'],
  aiQuestions: ['свързана ли е заявката ви с ии в meta', 'свързана ли е вашата заявка с ии в meta'],
  yes: ['да'],
  confirmations: ['благодарим ви, че се свързахте с нас', 'благодарим, че се свързахте с нас', 'получихме вашата заявка'],
} satisfies FormWords
