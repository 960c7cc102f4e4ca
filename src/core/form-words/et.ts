import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'et',
  headings: ['esita vastuvaide oma teabe kasutamisele meta tehisintellekti jaoks'],
  objectStems: ['vastuvai', 'vaidle'],
  aiWords: ['tehisintellekt', 'tehisintellekti', 'tehisintellektiga', 'ti', 'ai'],
  emailLabels: ['e-post', 'e-posti', 'e-mail', 'email'],
  explanationLabels: ['kirjelda, kuidas see tootlemine sind mojutab', 'kirjeldage, kuidas see tootlemine teid mojutab'],
  submit: ['saada', 'esita'],
  aiQuestions: ['kas sinu taotlus on seotud meta tehisintellektiga', 'kas teie taotlus on seotud meta tehisintellektiga'],
  yes: ['jah'],
  confirmations: ['taname, et meiega uhendust votsid', 'aitah, et meiega uhendust votsid', 'oleme sinu taotluse katte saanud', 'saime sinu taotluse katte'],
} satisfies FormWords
