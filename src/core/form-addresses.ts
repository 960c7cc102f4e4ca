/**
 * The addresses of the facts module (facts.ts) that the content scripts need to know Meta's form
 * by its address, without the facts' sources and publishers: the script that runs on every
 * facebook/instagram page imports this, and carrying the sources would double it. A unit test
 * (tests/unit/facts.test.ts) checks that they are exactly the facts' addresses.
 */

/** OBJECTION_FORMS, every platform's. */
export const OBJECTION_FORM_URLS: readonly string[] = [
  'https://www.facebook.com/help/contact/6359191084165019',
  'https://www.facebook.com/help/contact/712876720715583',
  'https://help.instagram.com/contact/233964459562201',
  'https://help.instagram.com/contact/767264225370182',
]

/** The form the banner's "Object now" opens, per platform: the primary one of OBJECTION_FORMS. */
export const PRIMARY_FORM_URL = {
  facebook: 'https://www.facebook.com/help/contact/6359191084165019',
  instagram: 'https://help.instagram.com/contact/233964459562201',
} as const

/** NOT_OBJECTION_FORMS. */
export const NOT_OBJECTION_FORM_URLS: readonly string[] = ['https://www.facebook.com/help/contact/1266025207620918']

/** PRIVACY_REQUEST_PLACES: prefixes of Meta's help site's privacy-request pages. */
export const PRIVACY_REQUEST_URLS: readonly string[] = ['https://help.meta.com/support/privacy']
