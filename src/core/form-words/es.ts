import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'es',
  headings: ['oponerte al uso de tu informacion para la ia en meta', 'oposicion al uso de tu informacion para la ia en meta'],
  objectStems: ['opon', 'oposici'],
  aiWords: ['ia'],
  emailLabels: ['correo electronico', 'email', 'e-mail'],
  explanationLabels: ['indicanos como te afecta este tratamiento'],
  submit: ['enviar'],
  aiQuestions: ['tu solicitud esta relacionada con la ia en meta'],
  yes: ['si'],
  confirmations: ['gracias por ponerte en contacto con nosotros', 'hemos recibido tu solicitud'],
} satisfies FormWords
