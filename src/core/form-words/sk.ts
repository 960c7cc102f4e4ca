import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'sk',
  headings: ['namietka proti pouzivaniu vasich informacii na ai v spolocnosti meta', 'namietka proti pouzivaniu vasich informacii pre ai v spolocnosti meta', 'namietat proti pouzivaniu vasich informacii na ai v spolocnosti meta'],
  objectStems: ['namiet'],
  aiWords: ['ai', 'ui'],
  emailLabels: ['e-mail', 'email', 'e-mailova adresa'],
  explanationLabels: ['ako vas toto spracuvanie ovplyvnuje', 'ako vas toto spracovanie ovplyvnuje', 'ako ta toto spracuvanie ovplyvnuje'],
  submit: ['odoslat', 'poslat'],
  aiQuestions: ['tyka sa vasa ziadost ai v spolocnosti meta', 'tyka sa tvoja ziadost ai v spolocnosti meta'],
  yes: ['ano'],
  confirmations: ['dakujeme, ze ste nas kontaktovali', 'vasu ziadost sme prijali', 'prijali sme vasu ziadost'],
} satisfies FormWords
