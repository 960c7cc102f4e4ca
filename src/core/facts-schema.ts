/** The schema of facts.ts, checked by a unit test (kept apart so the content script carries no zod). */
import * as z from 'zod/mini'
import { Platform } from './platform-schema'

const IsoDate = z.iso.date()
const Source = z.strictObject({
  url: z.httpUrl(),
  checked: IsoDate,
  /** Who published it, shown to users instead of a number. */
  publisher: z.string().check(z.minLength(2)),
  /** Whether it is one of the sources to prefer (authority, consumer group, the law, Meta itself). */
  primary: z.boolean(),
  /** The day it was published, when it says. */
  published: z.optional(IsoDate),
  note: z.optional(z.string()),
})
const Sources = z.array(Source).check(z.minLength(1, 'every fact names at least one source'))

const DatedFact = z.strictObject({ date: IsoDate, sources: Sources })
const FormUrl = z.strictObject({
  url: z.httpUrl(),
  /** The one the extension opens; the others are only recognised. */
  primary: z.boolean(),
  sources: Sources,
})
const Statement = z.strictObject({
  id: z.string(),
  /** Key of the user-facing text in `_locales/<lang>/messages.json`. */
  messageKey: z.string().check(z.regex(/^[a-zA-Z0-9_]+$/)),
  /** Whose word it is, when the fact rests on a report rather than an official statement. */
  certainty: z.enum(['established', 'reported']),
  sources: Sources,
})

export const FactsSchema = z.strictObject({
  announcement: DatedFact,
  trainingStart: DatedFact,
  objectionForms: z.record(Platform, z.array(FormUrl).check(z.minLength(1))),
  /** Places where the objection may be reached as a privacy request (reported, not confirmed). */
  privacyRequestPlaces: z.array(z.strictObject({ url: z.httpUrl(), certainty: z.literal('reported'), sources: Sources })).check(z.minLength(1)),
  thirdPartyInformationForm: z.strictObject({ url: z.httpUrl(), sources: Sources }),
  notObjectionForms: z.array(z.strictObject({ url: z.httpUrl(), why: z.string(), sources: Sources })),
  confirmationSenderDomains: z.strictObject({
    domains: z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))).check(z.minLength(1)),
    certainty: z.literal('uncertain'),
    sources: Sources,
  }),
  /** GDPR Art. 12(3): a request must be answered within one month. */
  answerDeadlineMonths: z.strictObject({ months: z.number(), sources: Sources }),
  /** Message key of each step of the path inside the site to the form, per platform. */
  pathInSite: z.record(Platform, z.strictObject({ messageKeys: z.array(z.string()).check(z.minLength(1)), sources: Sources })),
  statements: z.array(Statement).check(z.minLength(1)),
})
export type Facts = z.infer<typeof FactsSchema>
