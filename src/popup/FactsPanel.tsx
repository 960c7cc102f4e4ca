/** What the objection does and does not do, from the facts module, each with its sources. */
import { FACTS, primaryObjectionForm } from '../core/facts'
import { PLATFORMS } from '../core/platform'
import { t } from './i18n'
import { Panel } from './Panel'
import { Sources } from './Sources'

export function FactsPanel() {
  return (
    <Panel testId="facts" summary={t('facts_heading')}>
      <ul class="facts">
        {FACTS.statements.map((s) => (
          <li key={s.id}>
            {t(s.messageKey)}{' '}
            <Sources sources={s.sources} />
          </li>
        ))}
      </ul>
      <p>
        {t('facts_forms')}{' '}
        {PLATFORMS.map((p) => (
          <a key={p} class="spaced" href={primaryObjectionForm(p)} target="_blank" rel="noopener noreferrer">
            {t(`platform_${p}`)}
          </a>
        ))}
      </p>
    </Panel>
  )
}
