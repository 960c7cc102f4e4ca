import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'is',
  headings: ['andmæli við notkun upplysinganna þinna fyrir gervigreind hja meta', 'andmæltu notkun upplysinganna þinna fyrir gervigreind hja meta'],
  objectStems: ['andmæl', 'motmæl'],
  aiWords: ['gervigreind', 'gervigreindar', 'gervigreindina', 'ai'],
  emailLabels: ['netfang', 'tolvupost', 'email'],
  explanationLabels: ['segðu okkur hvaða ahrif þessi vinnsla hefur a þig', 'segðu okkur hvernig þessi vinnsla hefur ahrif a þig'],
  submit: ['senda', 'senda inn'],
  aiQuestions: ['tengist beiðnin þin gervigreind hja meta', 'varðar beiðnin þin gervigreind hja meta'],
  yes: ['ja'],
  confirmations: ['takk fyrir að hafa samband', 'við hofum mottekið beiðnina þina', 'við hofum fengið beiðnina þina'],
} satisfies FormWords
