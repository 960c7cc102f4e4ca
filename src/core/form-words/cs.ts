import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'cs',
  headings: ['vznest namitku proti pouziti vasich informaci pro ai ve spolecnosti meta', 'namitka proti pouziti vasich informaci pro ai ve spolecnosti meta'],
  objectStems: ['namit', 'odpor'],
  aiWords: ['ai', 'ui'],
  emailLabels: ['e-mail', 'email', 'e-mailova adresa'],
  explanationLabels: ['sdelte nam prosim, jak vas toto zpracovani ovlivnuje', 'sdelte nam, jak vas toto zpracovani ovlivnuje'],
  submit: ['odeslat'],
  aiQuestions: ['tyka se vas pozadavek ai ve spolecnosti meta'],
  yes: ['ano'],
  confirmations: ['dekujeme, ze jste nas kontaktovali', 'obdrzeli jsme vas pozadavek'],
} satisfies FormWords
