import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'ro',
  headings: ['opozitie fata de utilizarea informatiilor tale pentru ia la meta', 'opune-te utilizarii informatiilor tale pentru ia la meta', 'obiectie la utilizarea informatiilor tale pentru ia la meta'],
  objectStems: ['opozit', 'opune', 'obiect'],
  aiWords: ['ia', 'ai'],
  emailLabels: ['e-mail', 'email', 'posta electronica'],
  explanationLabels: ['spune-ne cum te afecteaza aceasta prelucrare', 'cum va afecteaza aceasta prelucrare'],
  submit: ['trimite', 'trimiteti'],
  aiQuestions: ['solicitarea ta are legatura cu ia la meta', 'solicitarea dvs. are legatura cu ia la meta'],
  yes: ['da'],
  confirmations: ['iti multumim ca ne-ai contactat', 'va multumim ca ne-ati contactat', 'am primit solicitarea ta', 'am primit solicitarea dvs'],
} satisfies FormWords
