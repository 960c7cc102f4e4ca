import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'lt',
  headings: ['priestaravimas del jusu informacijos naudojimo meta di tikslais', 'priestaravimas del tavo informacijos naudojimo meta di tikslais'],
  objectStems: ['priestara', 'nesutik'],
  aiWords: ['di', 'ai'],
  emailLabels: ['el. pastas', 'el. pasto', 'elektroninis pastas', 'e-mail', 'email'],
  explanationLabels: ['kaip sis tvarkymas jus paveikia', 'kaip sis tvarkymas tave paveikia'],
  submit: ['siusti', 'pateikti'],
  aiQuestions: ['ar jusu prasymas susijes su meta di', 'ar tavo prasymas susijes su meta di'],
  yes: ['taip'],
  confirmations: ['dekojame, kad susisiekete su mumis', 'aciu, kad susisiekei su mumis', 'gavome jusu prasyma', 'gavome tavo prasyma'],
} satisfies FormWords
