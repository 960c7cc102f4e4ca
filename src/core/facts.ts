/**
 * Facts shown to users: dates, form addresses, mail domains and what an objection does.
 * Every entry names its sources and the day they were checked. Code reads facts from here;
 * it never embeds them. The user-facing wording of each statement lives in `_locales`
 * under the statement's `messageKey`, so it is translated like every other string.
 */
import { PLATFORMS, type Platform } from './platform'
import type { Facts } from './facts-schema'

export type { Facts }


const CHECKED = '2026-11-28'

/**
 * Who published each source, as users judge a source by its publisher ("Irish Data Protection
 * Commission", not "[1]"). Keyed by host, or host and path for sites that publish for others.
 */
const PUBLISHERS: Record<string, string> = {
  'dataprotection.ie': 'Irish Data Protection Commission',
  'cnil.fr': 'CNIL',
  'noyb.eu': 'noyb – European Center for Digital Rights',
  'verbraucherzentrale.de': 'Verbraucherzentrale',
  'verbraucherzentrale.sh': 'Verbraucherzentrale Schleswig-Holstein',
  'edpb.europa.eu': 'European Data Protection Board',
  'eur-lex.europa.eu': 'EUR-Lex, the GDPR',
  'gdpr-info.eu/art-12-gdpr': 'GDPR, Article 12 (gdpr-info.eu)',
  'gdpr-info.eu/art-21-gdpr': 'GDPR, Article 21 (gdpr-info.eu)',
  'facebook.com': 'Meta (Facebook Help Center)',
  'help.instagram.com': 'Meta (Instagram Help Center)',
  'help.meta.com': 'Meta Help Center',
  'meta.com': 'Meta Help Center',
  'test-achats.be': 'Test Achats',
  'zagla.io': 'Zagla, reporting the CNIL',
  'commentcamarche.net': 'CommentCaMarche',
  'nlto.fr': 'NLTO',
  'github.com/derogab': 'derogab.com (blog)',
  'github.com/datenanfragen': 'Datenanfragen.de (GitHub)',
  'mastodawn.com': 'a Mastodon post (mastodawn.com)',
  'legalclarity.org': 'LegalClarity',
  'autohausdigital.at': 'Autohaus Digital',
  'quatrys.fr': 'Quatrys',
  'dailyexe.com': 'DailyExe',
  'informathis.fr': 'Informathis',
  'le1.ma': 'Le1',
  'emarketerz.fr': 'eMarketerz',
  'discuss.grapheneos.org': 'GrapheneOS forum',
  'rtl.be': 'RTL Belgique',
}

/** Publishers whose word comes first (../shared/FACTS.md, "Sources to prefer"): authorities, consumer groups, the law, Meta. */
const PRIMARY = new Set(['dataprotection.ie', 'cnil.fr', 'noyb.eu', 'verbraucherzentrale.de', 'verbraucherzentrale.sh', 'edpb.europa.eu', 'eur-lex.europa.eu', 'gdpr-info.eu', 'facebook.com', 'help.instagram.com', 'help.meta.com', 'meta.com'])

/** The day a source was published, where it says (shown beside its publisher). */
const PUBLISHED: Record<string, string> = {
  'https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai': '2025-05-21',
}

function publisherOf(url: URL): { publisher: string; primary: boolean } {
  const host = url.hostname.replace(/^www\./, '')
  const firstSegment = url.pathname.split('/')[1] ?? ''
  const publisher = PUBLISHERS[`${host}/${firstSegment}`] ?? PUBLISHERS[host] ?? host
  return { publisher, primary: PRIMARY.has(host) }
}

const src = (url: string, note?: string) => {
  const published = PUBLISHED[url]
  return { url, checked: CHECKED, ...publisherOf(new URL(url)), ...(published ? { published } : {}), ...(note ? { note } : {}) }
}

/** Reports the CNIL's statements (no CNIL page was reachable to cite directly). */
const CNIL_REPORTED = src('https://zagla.io/dernier-jour-pour-empecher-meta-dutiliser-vos-donnees-personnelles-pour-entrainer-son-ia/')
const COMMENTCAMARCHE = src('https://www.commentcamarche.net/applis-sites/reseaux-sociaux/34387-donnes-meta-ai-opposition/')
const VERBRAUCHERZENTRALE = src(
  'https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
)
const VZ_SH = src(
  'https://www.verbraucherzentrale.sh/aktuelle-meldungen/verbraucherzentrale/aktuelle-informationen-zur-widerspruchsmoeglichkeit-gegen-die-metaki-107636',
)
const NOYB = src('https://noyb.eu/en/exercise-your-rights-article-21-gdpr-object-processing')
const TEST_ACHATS = src('https://www.test-achats.be/famille-prive/protection-vie-privee/news/meta-ia-dernier-jour-opposition-2025')
const DPC_STATEMENT = src('https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai')
const GDPR_ART_12 = src('https://gdpr-info.eu/art-12-gdpr/')
const GDPR_ART_21 = src('https://gdpr-info.eu/art-21-gdpr/')
const EDPB_MEMBERS = src('https://www.edpb.europa.eu/about-edpb/about-edpb/members_en')

export const ANNOUNCEMENT = {
  date: '2025-04-14',
  sources: [src('https://www.nlto.fr/meta-veut-vos-donnees-voici-comment-et-pourquoi-lui-dire-non-tout-de-suite/')],
} satisfies Facts['announcement']

export const TRAINING_START = {
  date: '2025-05-27',
  sources: [CNIL_REPORTED, VERBRAUCHERZENTRALE, NOYB, TEST_ACHATS],
} satisfies Facts['trainingStart']

export const OBJECTION_FORMS = {
  facebook: [
    {
      url: 'https://www.facebook.com/help/contact/6359191084165019',
      primary: true,
      sources: [src('https://github.com/derogab/derogab.com/blob/master/source/_posts/Meta-AI-opt-out.md')],
    },
    {
      url: 'https://www.facebook.com/help/contact/712876720715583',
      primary: false,
      sources: [
        src('https://mastodawn.com/post/114432851209828285', 'may be the general right-to-object form of the Privacy Policy'),
        src('https://github.com/datenanfragen/website/pull/1179'),
      ],
    },
  ],
  instagram: [
    {
      url: 'https://help.instagram.com/contact/233964459562201',
      primary: true,
      sources: [src('https://github.com/derogab/derogab.com/blob/master/source/_posts/Meta-AI-opt-out.md')],
    },
    {
      url: 'https://help.instagram.com/contact/767264225370182',
      primary: false,
      sources: [src('https://mastodawn.com/post/114432851209828285'), src('https://github.com/datenanfragen/website/pull/1179')],
    },
  ],
} satisfies Facts['objectionForms']

/**
 * Since 2026: where a privacy request, the objection among them, may be reached on Meta's help
 * site after choosing the product and the kind of request. Only reported: whether the AI
 * objection moved there too is not confirmed, so these are recognised, never opened.
 */
export const PRIVACY_REQUEST_PLACES = [
  {
    url: 'https://help.meta.com/support/privacy',
    certainty: 'reported',
    sources: [
      src('https://github.com/datenanfragen/data/pull/3840', "a user's report of 14 Aug 2026: Instagram's privacy contact form was replaced by this page"),
      src('https://www.meta.com/help/quest/126192406164229', 'an objection is a "Privacy Rights Request" that starts with choosing the product'),
    ],
  },
] satisfies Facts['privacyRequestPlaces']

export const THIRD_PARTY_INFORMATION_FORM = {
  url: 'https://www.facebook.com/help/contact/1266025207620918',
  sources: [src('https://legalclarity.org/how-to-fill-out-the-meta-ai-data-subject-rights-form/')],
} satisfies Facts['thirdPartyInformationForm']

export const NOT_OBJECTION_FORMS = [
  {
    url: 'https://www.facebook.com/help/contact/1266025207620918',
    why: 'third-party information form, confused with the objection by some guides',
    sources: [src('https://legalclarity.org/how-to-fill-out-the-meta-ai-data-subject-rights-form/')],
  },
] satisfies Facts['notObjectionForms']

export const CONFIRMATION_SENDER_DOMAINS = {
  domains: ['facebookmail.com', 'mail.instagram.com', 'facebook.com', 'fb.com', 'instagram.com', 'meta.com', 'metamail.com'],
  certainty: 'uncertain',
  sources: [src('https://www.autohausdigital.at/digitales-magazin/artikel/so-erkennst-du-facebook-scam', 'unofficial list; the confirmation sender is not documented')],
} satisfies Facts['confirmationSenderDomains']

export const ANSWER_DEADLINE_MONTHS = { months: 1, sources: [GDPR_ART_12] } satisfies Facts['answerDeadlineMonths']

export const PATH_IN_SITE = {
  facebook: {
    messageKeys: ['path_fb_settings', 'path_fb_privacy_center', 'path_fb_ai', 'path_fb_form'],
    sources: [src('https://www.quatrys.fr/?p=8277'), src('https://www.dailyexe.com/how-consumers-can-shape-ai-training-for-meta-an-essential-guide')],
  },
  instagram: {
    messageKeys: ['path_ig_menu', 'path_ig_settings', 'path_ig_privacy_center', 'path_ig_form'],
    sources: [src('https://www.informathis.fr/meta-va-piller-vos-donnees-pour-entrainer-son-ia-vous-avez-jusquau-27-mai-pour-dire-non')],
  },
} satisfies Facts['pathInSite']

export const STATEMENTS = [
  { id: 'what_is_used', messageKey: 'fact_what_is_used', certainty: 'established', sources: [CNIL_REPORTED, COMMENTCAMARCHE, VERBRAUCHERZENTRALE] },
  { id: 'not_used', messageKey: 'fact_not_used', certainty: 'established', sources: [CNIL_REPORTED, src('https://le1.ma/2025/04/26/meta-veut-entrainer-son-ia-avec-vos-donnees-voici-comment-vous-y-opposer')] },
  { id: 'right_to_object', messageKey: 'fact_right_to_object', certainty: 'established', sources: [GDPR_ART_21, NOYB] },
  { id: 'before_deadline', messageKey: 'fact_before_deadline', certainty: 'established', sources: [CNIL_REPORTED, TEST_ACHATS] },
  { id: 'after_deadline', messageKey: 'fact_after_deadline', certainty: 'established', sources: [TEST_ACHATS, src('https://www.emarketerz.fr/est-il-trop-tard-pour-empecher-meta-facebook-instagram-whatsapp-dutiliser-vos-donnees-pour-entrainer-son-ia/')] },
  { id: 'one_per_service', messageKey: 'fact_one_per_service', certainty: 'reported', sources: [VZ_SH, src('https://discuss.grapheneos.org/d/16220-meta-ai-data-training-using-your-public-information')] },
  { id: 'whatsapp', messageKey: 'fact_whatsapp', certainty: 'established', sources: [CNIL_REPORTED] },
  { id: 'others_content', messageKey: 'fact_others_content', certainty: 'established', sources: [src('https://www.rtl.be/actu/magazine/hi-tech/meta-va-utiliser-vos-donnees-pour-entrainer-son-ia-il-est-possible-de-sy-opposer/2025-05-26/article/751093')] },
  { id: 'answer_within_month', messageKey: 'fact_answer_within_month', certainty: 'established', sources: [GDPR_ART_12, EDPB_MEMBERS] },
  { id: 'form_easier', messageKey: 'fact_form_easier', certainty: 'established', sources: [DPC_STATEMENT] },
] satisfies Facts['statements']

/**
 * All facts in one object, checked against FactsSchema by a unit test rather than at run time:
 * the content script imports only the parts it shows, without the schema.
 */
export const FACTS: Facts = {
  announcement: ANNOUNCEMENT,
  trainingStart: TRAINING_START,
  objectionForms: OBJECTION_FORMS,
  privacyRequestPlaces: PRIVACY_REQUEST_PLACES,
  thirdPartyInformationForm: THIRD_PARTY_INFORMATION_FORM,
  notObjectionForms: NOT_OBJECTION_FORMS,
  confirmationSenderDomains: CONFIRMATION_SENDER_DOMAINS,
  answerDeadlineMonths: ANSWER_DEADLINE_MONTHS,
  pathInSite: PATH_IN_SITE,
  statements: STATEMENTS,
}

/** A fact's sources as users see them: the preferred publishers first, each group in the order given. */
export function sourcesFirstPrimary<S extends { primary: boolean }>(sources: readonly S[]): S[] {
  return [...sources.filter((s) => s.primary), ...sources.filter((s) => !s.primary)]
}

/** The form the extension opens for a platform. */
export function primaryObjectionForm(platform: Platform): string {
  const form = OBJECTION_FORMS[platform].find((f) => f.primary)
  if (!form) throw new Error(`no primary objection form for ${platform}`)
  return form.url
}

/** Every objection-form URL, to recognise the form whichever link the user followed. */
export function allObjectionForms(): { platform: Platform; url: string }[] {
  return PLATFORMS.flatMap((platform) => OBJECTION_FORMS[platform].map((f) => ({ platform, url: f.url })))
}

/** The training start as a Date at 00:00 UTC of that day. */
export function trainingStartDate(): Date {
  return new Date(`${TRAINING_START.date}T00:00:00Z`)
}
