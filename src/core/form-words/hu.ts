import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'hu',
  headings: ['tiltakozas az ellen, hogy a meta az informacioidat mi-hez hasznalja', 'tiltakozas az informacioid mi-hez valo felhasznalasa ellen a metanal'],
  objectStems: ['tiltakoz', 'kifogas'],
  aiWords: ['mi', 'ai'],
  emailLabels: ['e-mail', 'email'],
  explanationLabels: ['hogyan erint teged ez az adatkezeles', 'hogyan erinti ont ez az adatkezeles'],
  submit: ['kuldes', 'elkuldes', 'bekuldes'],
  aiQuestions: ['a kerelmed a meta mi-vel kapcsolatos', 'a keresed a meta mi-vel kapcsolatos'],
  yes: ['igen'],
  confirmations: ['koszonjuk, hogy kapcsolatba leptel velunk', 'megkaptuk a kerelmedet', 'megkaptuk a keresedet'],
} satisfies FormWords
