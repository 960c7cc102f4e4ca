/** Banners (show again, off per platform) and deletion of one account or of everything, each confirmed. */
import { useState } from 'preact/hooks'
import type { AppState } from '../core/messages'
import type { AccountSummary } from '../core/account-summary'
import { PLATFORMS, type Platform } from '../core/platform'
import { LOCALES } from '../core/locales'
import type { Act } from './shared'
import { t } from './i18n'
import { Panel } from './Panel'
import { accountName } from './shared'
import { ErrorText, useAction } from './useAction'

type Pending = 'account' | 'all' | null

export function SettingsPanel({ state, account, act }: { state: AppState; account: AccountSummary | undefined; act: Act }) {
  const action = useAction()
  const [pending, setPending] = useState<Pending>(null)
  const [notice, setNotice] = useState('')
  const off = state.settings.bannersOff ?? []

  const toggle = (platform: Platform, show: boolean) =>
    action.run(() => {
      const bannersOff = show ? off.filter((p) => p !== platform) : [...off, platform]
      return act({ type: 'popup/set-settings', settings: { ...state.settings, bannersOff } })
    })

  const confirmDelete = () =>
    action.run(async () => {
      if (pending === 'account' && account) await act({ type: 'popup/delete-account', platform: account.platform, accountId: account.accountId })
      if (pending === 'all') await act({ type: 'popup/delete-all' })
      setPending(null)
      setNotice(t('settings_deleted'))
    })

  const pickLanguage = (language: string) =>
    action.run(async () => {
      const settings = { ...state.settings, language: language || undefined }
      await act({ type: 'popup/set-settings', settings })
      location.reload() // every string of the popup in the new language
    })

  return (
    <Panel testId="settings" summary={t('settings_heading')}>
      <ErrorText error={action.error} />
      <label class="field">
        {t('popup_language')}{' '}
        <select data-testid="language" value={state.settings.language ?? ''} onChange={(e) => void pickLanguage(e.currentTarget.value)}>
          <option value="">{t('popup_language_browser')}</option>
          {LOCALES.map((l) => (
            <option key={l.tag} value={l.tag} lang={l.tag} dir={l.dir}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('settings_banners')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} class="check">
            <input type="checkbox" data-testid={`banner-on-${p}`} checked={!off.includes(p)} onChange={(e) => void toggle(p, e.currentTarget.checked)} />{' '}
            {t('settings_banner_on', [t(`platform_${p}`)])}
          </label>
        ))}
        <button
          type="button"
          data-testid="reenable-banners"
          onClick={() => void action.run(() => act({ type: 'popup/reenable-banners' }).then(() => setNotice(t('settings_banners_back'))))}
        >
          {t('settings_reenable')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('settings_delete')}</legend>
        {account && (
          <button type="button" class="danger" data-testid="delete-account" onClick={() => setPending('account')}>
            {t('settings_delete_account', [t(`platform_${account.platform}`), accountName(account)])}
          </button>
        )}{' '}
        <button type="button" class="danger" data-testid="delete-all" onClick={() => setPending('all')}>
          {t('settings_delete_all')}
        </button>
        {pending && (
          <div role="alertdialog" aria-labelledby="confirm-delete-text" class="notice">
            <p id="confirm-delete-text">
              {pending === 'all' ? t('settings_confirm_all') : t('settings_confirm_account', [account ? accountName(account) : ''])}
            </p>
            <button type="button" class="danger" data-testid="confirm-delete" onClick={() => void confirmDelete()}>
              {t('settings_confirm_yes')}
            </button>{' '}
            <button type="button" autoFocus onClick={() => setPending(null)}>
              {t('mail_cancel')}
            </button>
          </div>
        )}
      </fieldset>
      <p role="status">{notice}</p>
    </Panel>
  )
}
