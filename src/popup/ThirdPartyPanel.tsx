/** For information others share about the user, or for people without an account: the separate form. */
import { FACTS } from '../core/facts'
import { t } from './i18n'
import { Panel } from './Panel'

export function ThirdPartyPanel() {
  return (
    <Panel testId="third-party" summary={t('third_party_heading')}>
      <p>{t('third_party_text')}</p>
      <a class="button" data-testid="third-party-form" href={FACTS.thirdPartyInformationForm.url} target="_blank" rel="noopener noreferrer">
        {t('third_party_open')}
      </a>
    </Panel>
  )
}
