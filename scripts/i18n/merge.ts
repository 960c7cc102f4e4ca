/**
 * `npx tsx scripts/i18n/merge.ts <folder> <translations.json>`: writes
 * public/_locales/<folder>/messages.json from English (descriptions, placeholders, key order)
 * and a { key: translated message } file, keeping what the locale already had for keys the
 * file does not give. Refuses a translation that drops or invents a placeholder.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { Catalog } from '../../src/core/i18n-catalog'

const [folder, file] = process.argv.slice(2)
if (!folder || !file) throw new Error('usage: merge.ts <folder> <translations.json>')
const read = (path: string): Catalog => Catalog.parse(JSON.parse(readFileSync(path, 'utf8')))
const english = read('public/_locales/en/messages.json')
const target = `public/_locales/${folder}/messages.json`
const existing = existsSync(target) ? read(target) : {}
const translations = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
const names = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort().join(',')

const out: Catalog = {}
const missing: string[] = []
for (const [key, entry] of Object.entries(english)) {
  const message = translations[key] ?? existing[key]?.message
  if (message === undefined) {
    missing.push(key)
    continue
  }
  if (names(message) !== names(entry.message)) throw new Error(`${key}: placeholders ${names(message)} instead of ${names(entry.message)}`)
  out[key] = { message, ...(entry.description ? { description: entry.description } : {}), ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) }
}
for (const key of Object.keys(translations)) if (!(key in english)) throw new Error(`${key} is not a key of English`)
mkdirSync(`public/_locales/${folder}`, { recursive: true })
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`)
console.log(`${target}: ${Object.keys(out).length} messages${missing.length ? `; missing: ${missing.join(', ')}` : ''}`)
