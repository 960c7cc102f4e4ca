/** When Meta has not answered within the deadline: how to complain to a data protection authority. */
import { useState } from 'preact/hooks'
import { AUTHORITIES, authoritiesFor, countryOfLanguageTag } from '../core/authorities'
import { FACTS } from '../core/facts'
import { t, uiLanguage } from './i18n'
import { formatDate } from './format'
import { Sources } from './Sources'

export function Complaint({ submittedAt }: { submittedAt: string }) {
  const [country, setCountry] = useState(countryOfLanguageTag(navigator.language) ?? countryOfLanguageTag(uiLanguage()) ?? '')
  const names = new Intl.DisplayNames([uiLanguage()], { type: 'region' })
  const countryName = (code: string) => names.of(code.toUpperCase()) ?? code
  const choices = [...AUTHORITIES].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country), uiLanguage()))
  return (
    <div class="notice complaint" data-testid="complaint">
      <h3>{t('complaint_heading')}</h3>
      <p>{t('complaint_intro', [formatDate(submittedAt), String(FACTS.answerDeadlineMonths.months)])}</p>
      <ol>
        <li>{t('complaint_step_export')}</li>
        <li>{t('complaint_step_choose')}</li>
        <li>{t('complaint_step_write')}</li>
      </ol>
      <label for="complaint-country">{t('complaint_country')}</label>
      <select id="complaint-country" value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
        <option value="">{t('complaint_country_none')}</option>
        {choices.map((a) => (
          <option key={a.country} value={a.country}>
            {countryName(a.country)}
          </option>
        ))}
      </select>
      <ul class="authorities">
        {authoritiesFor(country || undefined).map((a) => (
          <li key={a.country} data-testid="authority" data-country={a.country}>
            <strong>{a.name}</strong>
            {a.country === 'ie' && <span class="muted"> — {t('complaint_lead')}</span>}
            <br />
            <a href={a.complaintUrl} target="_blank" rel="noopener noreferrer">
              {a.complaintPage ? t('complaint_page') : t('complaint_home')}
            </a>
          </li>
        ))}
      </ul>
      <p class="muted small">
        {t('complaint_source')} <Sources sources={FACTS.answerDeadlineMonths.sources} />
      </p>
    </div>
  )
}
