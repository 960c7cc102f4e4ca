import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'ru',
  headings: ['возражение против использования вашеи информации для ии в meta', 'возразить против использования вашеи информации для ии в meta'],
  objectStems: ['возраж', 'возраз'],
  aiWords: ['ии', 'ai'],
  emailLabels: ['электронная почта', 'электроннои почты', 'эл. почта', 'имеил', 'email', 'e-mail'],
  explanationLabels: ['расскажите, как эта обработка влияет на вас', 'расскажите нам, как эта обработка влияет на вас'],
  submit: ['отправить'],
  aiQuestions: ['ваш запрос касается ии в meta', 'ваш запрос связан с ии в meta'],
  yes: ['да'],
  confirmations: ['спасибо, что связались с нами', 'спасибо за обращение', 'мы получили ваш запрос'],
} satisfies FormWords
