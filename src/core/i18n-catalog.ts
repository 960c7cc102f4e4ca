/**
 * A `_locales/<folder>/messages.json` catalogue as a translate function with the same rules as
 * `chrome.i18n.getMessage`, for the language the user picked in the popup (the browser's own
 * i18n API only follows the browser's language).
 */
import * as z from 'zod/mini'
import type { Translate } from './deadline'

export const Catalog = z.record(
  z.string(),
  z.object({
    message: z.string(),
    description: z.optional(z.string()),
    placeholders: z.optional(z.record(z.string(), z.object({ content: z.string(), example: z.optional(z.string()) }))),
  }),
)
export type Catalog = z.infer<typeof Catalog>

/** Replaces $1…$9 with the substitutions and $$ with $. */
const substitute = (text: string, subs: readonly string[]) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')))

export function translator(catalog: Catalog, fallback?: Translate): Translate {
  const entries = new Map(Object.entries(catalog).map(([key, value]) => [key.toLowerCase(), value]))
  return (key, substitutions = []) => {
    const entry = entries.get(key.toLowerCase())
    if (!entry) return fallback ? fallback(key, substitutions) : ''
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]))
    // One pass, so a substituted value that holds "$1" is left as it is.
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\$|[1-9])/g, (whole, name: string | undefined, direct: string | undefined) => {
      if (direct !== undefined) return substitute(`$${direct}`, substitutions)
      const content = placeholders.get(name!.toLowerCase())
      return content === undefined ? whole : substitute(content, substitutions)
    })
  }
}
