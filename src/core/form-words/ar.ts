import type { FormWords } from '../form-recognition'

/** The objection form's words in this language (see form-recognition.ts). */
export default {
  lang: 'ar',
  headings: ['الاعتراض على استخدام معلوماتك للذكاء الاصطناعي لدى meta', 'الاعتراض على استخدام معلوماتك للذكاء الاصطناعي في meta', 'اعترض على استخدام معلوماتك للذكاء الاصطناعي لدى meta'],
  objectStems: ['اعتر', 'الاعتر', 'تعتر', 'للاعتر'],
  aiWords: ['الذكاء', 'للذكاء', 'بالذكاء', 'ذكاء', 'ai'],
  emailLabels: ['البريد الالكتروني', 'بريد الكتروني', 'email'],
  explanationLabels: ['اخبرنا بكيفية تاثير هذه المعالجة عليك', 'اخبرنا كيف توثر هذه المعالجة عليك'],
  submit: ['ارسال', 'ارسل'],
  aiQuestions: ['هل يتعلق طلبك بالذكاء الاصطناعي لدى meta', 'هل يتعلق طلبك بالذكاء الاصطناعي في meta'],
  yes: ['نعم'],
  confirmations: ['لتواصلك معنا', 'تلقينا طلبك', 'استلمنا طلبك'],
} satisfies FormWords
