import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'tr',
  headings: ["bilgilerinin meta'daki yapay zeka icin kullanılmasına itiraz et", "bilgilerinizin meta'daki yapay zeka icin kullanılmasına itiraz edin", "bilgilerinin meta'da yapay zeka icin kullanılmasına itiraz et"],
  objectStems: ['itiraz'],
  aiWords: ['yz', 'ai', 'zeka', 'zekası', 'zekaya', 'zekanın'],
  emailLabels: ['e-posta', 'eposta', 'email'],
  explanationLabels: ['bu islemenin seni nasıl etkiledigini bize anlat', 'bu islemenin sizi nasıl etkiledigini bize bildirin', 'bu islemenin sizi nasıl etkiledigini bize anlatın'],
  submit: ['gonder'],
  aiQuestions: ["talebin meta'daki yapay zeka ile mi ilgili", "talebin meta'daki yapay zeka ile ilgili mi", "talebiniz meta'daki yapay zeka ile ilgili mi"],
  yes: ['evet'],
  confirmations: ['bizimle iletisime gectigin icin tesekkurler', 'bizimle iletisime gectiginiz icin tesekkurler', 'talebini aldık', 'talebinizi aldık'],
} satisfies FormWords
