import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'uk',
  headings: ['заперечення проти використання вашоі інформаціі для ші в meta', 'заперечити проти використання вашоі інформаціі для ші в meta'],
  objectStems: ['запереч'],
  aiWords: ['ші', 'ai'],
  emailLabels: ['електронна пошта', 'електронноі пошти', 'ел. пошта', 'email', 'e-mail'],
  explanationLabels: ['розкажіть, як ця обробка впливає на вас', 'розкажіть нам, як ця обробка впливає на вас'],
  submit: ['надіслати'],
  aiQuestions: ['ваш запит стосується ші в meta', 'чи стосується ваш запит ші в meta'],
  yes: ['так'],
  confirmations: ['дякуємо, що звернулися до нас', 'дякуємо за звернення', 'ми отримали ваш запит'],
} satisfies FormWords
