/** The schema of a `_locales/<folder>/messages.json` catalogue (see translate.ts for its use). */
import * as z from 'zod/mini'

export const Catalog = z.record(
  z.string(),
  z.object({
    message: z.string(),
    description: z.optional(z.string()),
    placeholders: z.optional(z.record(z.string(), z.object({ content: z.string(), example: z.optional(z.string()) }))),
  }),
)
export type Catalog = z.infer<typeof Catalog>
export { translator } from './translate'
