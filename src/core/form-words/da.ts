import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'da',
  headings: ['gør indsigelse mod brugen af dine oplysninger til ai hos meta', 'indsigelse mod brug af dine oplysninger til ai hos meta'],
  objectStems: ['indsigelse', 'modsætte'],
  aiWords: ['ai'],
  emailLabels: ['e-mail', 'email', 'mailadresse'],
  explanationLabels: ['fortæl os, hvordan denne behandling pavirker dig'],
  submit: ['send', 'indsend'],
  aiQuestions: ['vedrører din anmodning ai hos meta'],
  yes: ['ja'],
  confirmations: ['tak, fordi du kontaktede os', 'tak for din henvendelse', 'vi har modtaget din anmodning'],
} satisfies FormWords
