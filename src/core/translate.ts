/**
 * chrome.i18n.getMessage's rules over a messages.json catalogue, without zod (the content script
 * uses it for the language picked in the popup; i18n-catalog.ts holds the schema).
 */
export type Translate = (key: string, substitutions?: string[]) => string

export interface CatalogEntry {
  message: string
  description?: string
  placeholders?: Record<string, { content: string; example?: string }>
}
export type CatalogData = Record<string, CatalogEntry>

/** Replaces $1…$9 with the substitutions and $$ with $. */
const substitute = (text: string, subs: readonly string[]) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')))

export function translator(catalog: CatalogData, fallback?: Translate): Translate {
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
