/** The popup before any account was seen: why, what next, in two lines, then the action. */
import { PLATFORMS } from '../core/platform'
import { t } from './i18n'

const HOME = { facebook: 'https://www.facebook.com/', instagram: 'https://www.instagram.com/' } as const

export function FirstRun() {
  return (
    <section class="first-run" data-testid="popup-no-accounts" aria-labelledby="first-run-why">
      <p id="first-run-why" class="lead">
        {t('first_run_why')}
      </p>
      <p class="muted">{t('popup_no_accounts')}</p>
      <div class="actions">
        {PLATFORMS.map((p, i) => (
          <a key={p} class={i === 0 ? 'button primary' : 'button'} data-testid={`first-run-${p}`} href={HOME[p]} target="_blank" rel="noopener noreferrer">
            {t('first_run_open', [t(`platform_${p}`)])}
          </a>
        ))}
      </div>
    </section>
  )
}
