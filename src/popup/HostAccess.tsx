/**
 * Firefox lets the user withhold a Manifest V3 extension's access to its sites. Without it there is
 * no banner and no form assistant: say so, and let the user grant it (a click is required).
 */
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { HELP_MATCHES, HOST_MATCHES } from '../core/platform'
import { t } from './i18n'

/** The sites of the banner and the form assistant, and Meta's help site where the form may be. */
const ORIGINS = [...HOST_MATCHES, ...HELP_MATCHES]

export function HostAccess() {
  const [granted, setGranted] = useState<boolean | null>(null)
  useEffect(() => {
    browser.permissions.contains({ origins: ORIGINS }).then(setGranted, () => setGranted(null))
  }, [])
  if (granted !== false) return null
  const ask = () => void browser.permissions.request({ origins: ORIGINS }).then(setGranted, () => setGranted(false))
  return (
    <p role="alert" class="warn" data-testid="host-access">
      {t('host_access_missing')}{' '}
      <button type="button" onClick={ask}>
        {t('host_access_grant')}
      </button>
    </p>
  )
}
