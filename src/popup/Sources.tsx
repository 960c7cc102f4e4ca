/** A fact's sources, named by their publisher (and date, where known), the preferred ones first. */
import { sourcesFirstPrimary } from '../core/facts'
import type { Facts } from '../core/facts-schema'
import { t } from './i18n'
import { formatDay } from './format'

type Source = Facts['statements'][number]['sources'][number]

const sourceName = (source: Source): string => (source.published ? `${source.publisher}, ${formatDay(source.published)}` : source.publisher)

export function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <span class="sources" data-testid="sources">
      {t('fact_sources')}:{' '}
      {sourcesFirstPrimary(sources).map((source, i) => (
        <>
          {i > 0 && ' · '}
          <a key={source.url} href={source.url} target="_blank" rel="noopener noreferrer" data-primary={source.primary}>
            {sourceName(source)}
          </a>
        </>
      ))}
    </span>
  )
}
