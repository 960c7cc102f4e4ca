import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'mt',
  headings: ["oggezzjoni għall-uzu tal-informazzjoni tiegħek għall-ia f'meta", "oggezzjona għall-uzu tal-informazzjoni tiegħek għall-ia f'meta"],
  objectStems: ['oggezz', 'toggezz'],
  aiWords: ['ia', 'ai'],
  emailLabels: ['email', 'e-mail', 'posta elettronika'],
  explanationLabels: ['għidilna kif dan l-ipprocessar jaffettwak'],
  submit: ['ibgħat', 'issottometti'],
  aiQuestions: ["għandha x'taqsam mal-ia f'meta"],
  yes: ['iva'],
  confirmations: ['grazzi talli kkuntattjajtna', 'ircevejna t-talba tiegħek'],
} satisfies FormWords
