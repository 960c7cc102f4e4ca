/**
 * Data protection authorities a person can complain to when Meta does not answer an objection:
 * one per EU/EEA country (the members of the European Data Protection Board) and the United
 * Kingdom's. Each entry names its sources and the day they were checked. `complaintUrl` is the
 * authority's complaint page where we are confident of its address, else its home page.
 * Ireland's Data Protection Commission, Meta's lead authority in the EU, is always offered.
 */
import * as z from 'zod/mini'

const CHECKED = '2026-11-29'
const Source = z.strictObject({ url: z.httpUrl(), checked: z.iso.date(), note: z.optional(z.string()) })

export const Authority = z.strictObject({
  /** ISO 3166-1 alpha-2, lower case ('gr' for Greece, 'gb' for the United Kingdom). */
  country: z.string().check(z.regex(/^[a-z]{2}$/)),
  /** The authority's own name, with its English name where that differs. */
  name: z.string().check(z.minLength(3)),
  home: z.httpUrl(),
  complaintUrl: z.httpUrl(),
  /** Whether complaintUrl is a complaint page (true) or only the home page (false). */
  complaintPage: z.boolean(),
  sources: z.array(Source).check(z.minLength(1)),
})
export type Authority = z.infer<typeof Authority>
export const AuthoritiesSchema = z.array(Authority)

const EDPB = { url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en', checked: CHECKED }
const registry = (slug: string) => ({
  url: `https://github.com/datenanfragen/data/blob/master/supervisory-authorities/${slug}.json`,
  checked: CHECKED,
  note: 'address of the complaint page',
})

type Entry = [country: string, name: string, home: string, complaint?: { url: string; slug: string }]

const ENTRIES: Entry[] = [
  ['at', 'Datenschutzbehörde (Austrian Data Protection Authority)', 'https://www.dsb.gv.at/'],
  [
    'be',
    'Autorité de protection des données / Gegevensbeschermingsautoriteit (Belgian Data Protection Authority)',
    'https://www.dataprotectionauthority.be/',
    { url: 'https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint', slug: 'beapd' },
  ],
  ['bg', 'Комисия за защита на личните данни (Commission for Personal Data Protection)', 'https://www.cpdp.bg/'],
  ['hr', 'Agencija za zaštitu osobnih podataka (Croatian Personal Data Protection Agency)', 'https://azop.hr/'],
  ['cy', 'Επίτροπος Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Commissioner for Personal Data Protection)', 'https://www.dataprotection.gov.cy/'],
  ['cz', 'Úřad pro ochranu osobních údajů (Office for Personal Data Protection)', 'https://uoou.gov.cz/'],
  ['dk', 'Datatilsynet (Danish Data Protection Agency)', 'https://www.datatilsynet.dk/'],
  ['ee', 'Andmekaitse Inspektsioon (Estonian Data Protection Inspectorate)', 'https://www.aki.ee/'],
  [
    'fi',
    'Tietosuojavaltuutetun toimisto (Office of the Data Protection Ombudsman)',
    'https://tietosuoja.fi/',
    { url: 'https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle', slug: 'fitst' },
  ],
  [
    'fr',
    'Commission nationale de l’informatique et des libertés (CNIL)',
    'https://www.cnil.fr/',
    { url: 'https://www.cnil.fr/fr/plaintes', slug: 'frcnil' },
  ],
  ['de', 'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)', 'https://www.bfdi.bund.de/'],
  ['gr', 'Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Hellenic Data Protection Authority)', 'https://www.dpa.gr/'],
  ['hu', 'Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)', 'https://naih.hu/'],
  [
    'ie',
    'Data Protection Commission (Ireland)',
    'https://www.dataprotection.ie/',
    { url: 'https://forms.dataprotection.ie/contact', slug: 'iedpc' },
  ],
  ['it', 'Garante per la protezione dei dati personali', 'https://www.garanteprivacy.it/'],
  ['lv', 'Datu valsts inspekcija (Data State Inspectorate)', 'https://www.dvi.gov.lv/'],
  ['lt', 'Valstybinė duomenų apsaugos inspekcija (State Data Protection Inspectorate)', 'https://vdai.lrv.lt/'],
  [
    'lu',
    'Commission nationale pour la protection des données (CNPD)',
    'https://cnpd.public.lu/',
    { url: 'https://cnpd.public.lu/en/particuliers/faire-valoir/formulaire-plainte.html', slug: 'lucnpd' },
  ],
  ['mt', 'Information and Data Protection Commissioner (IDPC)', 'https://idpc.org.mt/'],
  [
    'nl',
    'Autoriteit Persoonsgegevens (Dutch Data Protection Authority)',
    'https://autoriteitpersoonsgegevens.nl/',
    { url: 'https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten', slug: 'nlap' },
  ],
  ['pl', 'Urząd Ochrony Danych Osobowych (UODO)', 'https://uodo.gov.pl/'],
  ['pt', 'Comissão Nacional de Proteção de Dados (CNPD)', 'https://www.cnpd.pt/'],
  ['ro', 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)', 'https://www.dataprotection.ro/'],
  ['sk', 'Úrad na ochranu osobných údajov Slovenskej republiky', 'https://dataprotection.gov.sk/'],
  ['si', 'Informacijski pooblaščenec (Information Commissioner)', 'https://www.ip-rs.si/'],
  [
    'es',
    'Agencia Española de Protección de Datos (AEPD)',
    'https://www.aepd.es/',
    { url: 'https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesCiudadano.jsf', slug: 'esaepa' },
  ],
  ['se', 'Integritetsskyddsmyndigheten (IMY)', 'https://www.imy.se/'],
  ['is', 'Persónuvernd (Icelandic Data Protection Authority)', 'https://www.personuvernd.is/'],
  ['li', 'Datenschutzstelle Liechtenstein', 'https://www.datenschutzstelle.li/'],
  ['no', 'Datatilsynet (Norwegian Data Protection Authority)', 'https://www.datatilsynet.no/'],
]

const ICO: Authority = {
  country: 'gb',
  name: 'Information Commissioner’s Office (ICO)',
  home: 'https://ico.org.uk/',
  complaintUrl: 'https://ico.org.uk/make-a-complaint/',
  complaintPage: true,
  sources: [{ url: 'https://ico.org.uk/make-a-complaint/', checked: CHECKED, note: 'the UK is not an EDPB member' }, registry('gbico')],
}

export const AUTHORITIES: readonly Authority[] = [
  ...ENTRIES.map(([country, name, home, complaint]) => ({
    country,
    name,
    home,
    complaintUrl: complaint?.url ?? home,
    complaintPage: complaint !== undefined,
    sources: complaint ? [EDPB, registry(complaint.slug)] : [EDPB],
  })),
  ICO,
]

/** Meta's lead supervisory authority in the EU (Meta Platforms Ireland). */
export const LEAD_AUTHORITY_COUNTRY = 'ie'

export function authorityOf(country: string | undefined): Authority | undefined {
  return AUTHORITIES.find((a) => a.country === country?.toLowerCase())
}

/** The authorities to offer: the user's country's (when known) and always Ireland's. */
export function authoritiesFor(country: string | undefined): Authority[] {
  const lead = authorityOf(LEAD_AUTHORITY_COUNTRY)!
  const own = authorityOf(country)
  return own && own !== lead ? [own, lead] : [lead]
}

/** The country of a BCP 47 tag's region ('fr-BE' → 'be'), when it has an authority here. */
export function countryOfLanguageTag(tag: string): string | undefined {
  const region = tag.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))
  return region && authorityOf(region) ? region.toLowerCase() : undefined
}
