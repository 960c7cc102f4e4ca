/**
 * Every language's words for recognising Meta's objection form: one file per language in
 * ./form-words/, named after its `_locales` folder; adding a language is adding a file. Importing
 * this module installs them all in the recogniser (the background and the tests do; the content
 * script receives them from the background instead).
 */
import { useFormWords, type FormWords } from './form-recognition'

export * from './form-recognition'

const modules = import.meta.glob<{ default: FormWords }>('./form-words/*.ts', { eager: true })
export const FORM_WORDS: readonly FormWords[] = Object.values(modules).map((m) => m.default)
useFormWords(FORM_WORDS)
