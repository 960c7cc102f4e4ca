import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'pt',
  headings: ['opor-se ao uso das suas informacoes para a ia da meta', 'objecao ao uso das suas informacoes para a ia da meta'],
  objectStems: ['opor', 'oposi', 'obje'],
  aiWords: ['ia'],
  emailLabels: ['e-mail', 'email', 'correio eletronico'],
  explanationLabels: ['diga-nos de que forma este tratamento o afeta', 'conte-nos como esse processamento afeta voce'],
  submit: ['enviar'],
  aiQuestions: ['a sua solicitacao esta relacionada com a ia da meta', 'sua solicitacao esta relacionada a ia da meta'],
  yes: ['sim'],
  confirmations: ['obrigado por entrar em contato', 'recebemos a sua solicitacao'],
} satisfies FormWords
