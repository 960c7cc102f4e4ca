/**
 * The banner's words in the user's language, made by the background and sent with the banner's
 * state: the content script then needs neither the message catalogue nor Intl, whose first use
 * costs 15–25 ms of main-thread time on the page (measured with the bench's tracing).
 */
import type { AccountRef } from './platform'
import { deadlineSentence, type Translate } from './deadline'
import type { BannerText } from './messages'
import { accountLine } from './account-name'

export interface Localizer {
  t: Translate
  /** BCP 47 tag of the language the words are in. */
  lang: string
  dir: 'ltr' | 'rtl'
}

export function bannerText(loc: Localizer, account: AccountRef & { label?: string }, now: Date): BannerText {
  const { t } = loc
  return {
    lang: loc.lang,
    dir: loc.dir,
    region: t('banner_region_label'),
    name: t('extShortName'),
    from: t('banner_from'),
    opened: t('banner_opened'),
    deadline: deadlineSentence(now, loc.lang, t),
    account: t('banner_account', [accountLine(t, account)]),
    submitted: t('banner_thanks'),
    objectNow: t('banner_object_now'),
    alreadyDone: t('banner_already_done'),
    snooze: t('banner_snooze'),
    dismiss: t('banner_dismiss'),
    choices: t('banner_choices'),
    record: t('banner_record'),
    doneWhen: t('banner_done_when'),
    save: t('banner_save'),
    cancel: t('banner_cancel'),
    collapse: t('banner_collapse'),
    error: t('banner_error'),
  }
}
