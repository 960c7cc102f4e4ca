import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'el',
  headings: ['εναντιωση στη χρηση των πληροφοριων σας για την τεχνητη νοημοσυνη στη meta', 'αντιρρηση στη χρηση των πληροφοριων σας για την τεχνητη νοημοσυνη στη meta'],
  objectStems: ['εναντιω', 'αντιρρη'],
  aiWords: ['τν', 'ai', 'νοημοσυνη'],
  emailLabels: ['email', 'e-mail', 'ηλεκτρονικο ταχυδρομειο', 'ηλεκτρονικου ταχυδρομειου'],
  explanationLabels: ['πειτε μας πως σας επηρεαζει αυτη η επεξεργασια'],
  submit: ['υποβολη', 'αποστολη'],
  aiQuestions: ['σχετιζεται το αιτημα σας με την τεχνητη νοημοσυνη στη meta', 'σχετιζεται το αιτημα σας με την ai στη meta'],
  yes: ['ναι'],
  confirmations: ['ευχαριστουμε που επικοινωνησατε μαζι μας', 'λαβαμε το αιτημα σας'],
} satisfies FormWords
