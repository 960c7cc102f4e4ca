import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'hr',
  headings: ['prigovor na upotrebu tvojih informacija za ai u meti', 'prigovor na koristenje tvojih informacija za ai u meti', 'prigovor na upotrebu tvojih informacija za umjetnu inteligenciju u meti'],
  objectStems: ['prigovor', 'prigovara'],
  aiWords: ['ui', 'ai'],
  emailLabels: ['e-posta', 'e-poste', 'e-mail', 'email'],
  explanationLabels: ['reci nam kako ova obrada utjece na tebe', 'recite nam kako ova obrada utjece na vas'],
  submit: ['posalji', 'podnesi'],
  aiQuestions: ['odnosi li se tvoj zahtjev na ai u meti', 'odnosi li se vas zahtjev na ai u meti'],
  yes: ['da'],
  confirmations: ['hvala sto si nam se obratio', 'hvala sto si nam se obratila', 'hvala sto ste nam se obratili', 'primili smo tvoj zahtjev', 'primili smo vas zahtjev'],
} satisfies FormWords
