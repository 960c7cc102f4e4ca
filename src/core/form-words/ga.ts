import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'ga',
  headings: ["dean agoid in aghaidh usaid d'fhaisneise le haghaidh is ag meta", "agoid in aghaidh usaid d'fhaisneise le haghaidh ai ag meta"],
  objectStems: ['agoid'],
  aiWords: ['is', 'ai'],
  emailLabels: ['riomhphost', 'riomhphoist', 'r-phost', 'r-phoist', 'email'],
  explanationLabels: ['inis duinn conas a theann an phroiseail seo i bhfeidhm ort'],
  submit: ['seol', 'cuir isteach'],
  aiQuestions: ["an mbaineann d'iarratas le is ag meta", "an mbaineann d'iarratas le ai ag meta"],
  yes: ['ta', 'is ea', 'sea'],
  confirmations: ['go raibh maith agat as teagmhail a dheanamh linn', "fuaireamar d'iarratas"],
} satisfies FormWords
