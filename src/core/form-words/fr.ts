import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'fr',
  headings: ["vous opposer a l'utilisation de vos informations pour l'ia chez meta", "opposition a l'utilisation de vos informations pour l'ia chez meta"],
  objectStems: ['oppos'],
  aiWords: ['ia'],
  emailLabels: ['e-mail', 'email', 'courriel', 'adresse electronique'],
  explanationLabels: ['veuillez nous indiquer en quoi ce traitement vous affecte', 'dites-nous en quoi ce traitement vous concerne'],
  submit: ['envoyer', 'soumettre'],
  aiQuestions: ["votre demande concerne-t-elle l'ia chez meta"],
  yes: ['oui'],
  confirmations: ['merci de nous avoir contactes', 'nous avons bien recu votre demande'],
} satisfies FormWords
