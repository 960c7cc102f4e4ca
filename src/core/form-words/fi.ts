import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'fi',
  headings: ['vastusta tietojesi kayttoa metan tekoalya varten', 'vastusta tietojesi kayttoa tekoalyyn metassa'],
  objectStems: ['vastust', 'vastalause'],
  aiWords: ['tekoaly', 'tekoalya', 'tekoalyn', 'tekoalyyn', 'tekoalylle', 'ai'],
  emailLabels: ['sahkoposti', 'email', 'e-mail'],
  explanationLabels: ['kerro meille, miten tama kasittely vaikuttaa sinuun', 'kerro, miten tama kasittely vaikuttaa sinuun'],
  submit: ['laheta'],
  aiQuestions: ['liittyyko pyyntosi metan tekoalyyn', 'liittyyko pyyntosi tekoalyyn metassa'],
  yes: ['kylla'],
  confirmations: ['kiitos yhteydenotostasi', 'olemme vastaanottaneet pyyntosi', 'saimme pyyntosi'],
} satisfies FormWords
