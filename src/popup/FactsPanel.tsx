/** What the objection does and does not do, from the facts module, each with its sources. */
import { FACTS, primaryObjectionForm } from '../core/facts'
import { PLATFORMS } from '../core/platform'
import { t } from './i18n'

export function FactsPanel() {
  return (
    <details class="panel" data-testid="facts">
      <summary>{t('facts_heading')}</summary>
      <ul class="facts">
        {FACTS.statements.map((s) => (
          <li key={s.id}>
            {t(s.messageKey)}{' '}
            <span class="sources">
              {s.sources.map((source, i) => (
                <a key={source.url} href={source.url} target="_blank" rel="noopener noreferrer">
                  {t('fact_source_n', [String(i + 1)])}
                </a>
              ))}
            </span>
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
    </details>
  )
}
