import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'lv',
  headings: ['iebildums pret jusu informacijas izmantosanu meta mi vajadzibam', 'iebildums pret tavas informacijas izmantosanu meta mi vajadzibam'],
  objectStems: ['iebild', 'iebilst'],
  aiWords: ['mi', 'ai'],
  emailLabels: ['e-pasts', 'e-pasta', 'email'],
  explanationLabels: ['ka si apstrade ietekme jus', 'ka si apstrade ietekme tevi'],
  submit: ['nosutit', 'sutit', 'iesniegt'],
  aiQuestions: ['vai jusu pieprasijums ir saistits ar meta mi', 'vai tavs pieprasijums ir saistits ar meta mi'],
  yes: ['ja'],
  confirmations: ['paldies, ka sazinajaties ar mums', 'paldies, ka sazinajies ar mums', 'esam sanemusi jusu pieprasijumu', 'esam sanemusi tavu pieprasijumu'],
} satisfies FormWords
