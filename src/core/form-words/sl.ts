import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'sl',
  headings: ['ugovor zoper uporabo vasih informacij za ui pri meta', 'ugovarjajte uporabi vasih informacij za ui pri meta'],
  objectStems: ['ugovor', 'ugovar'],
  aiWords: ['ui', 'ai'],
  emailLabels: ['e-posta', 'e-postni naslov', 'e-mail', 'email'],
  explanationLabels: ['povejte nam, kako ta obdelava vpliva na vas'],
  submit: ['poslji', 'oddaj'],
  aiQuestions: ['ali se vasa zahteva nanasa na ui pri meta'],
  yes: ['da'],
  confirmations: ['hvala, ker ste stopili v stik z nami', 'prejeli smo vaso zahtevo'],
} satisfies FormWords
