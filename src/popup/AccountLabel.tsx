/** The name the user gives an account, saved on Enter and when the field loses focus (through the background). */
import { useState } from 'preact/hooks'
import type { AccountSummary } from '../core/account-summary'
import { LABEL_MAX } from '../core/storage'
import type { Act } from './shared'
import { t } from './i18n'
import { ErrorText, useAction } from './useAction'

export function AccountLabel({ account, act }: { account: AccountSummary; act: Act }) {
  const [value, setValue] = useState(account.label ?? '')
  const [saved, setSaved] = useState(false)
  const action = useAction()
  const save = () => {
    const label = value.trim()
    if (label === (account.label ?? '')) return
    void action.run(async () => {
      await act({ type: 'popup/update-account', platform: account.platform, accountId: account.accountId, label })
      setSaved(true)
    })
  }
  return (
    <form
      class="field label-field"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <label for="account-label">{t('account_label')}</label>
      <input
        id="account-label"
        data-testid="account-label-input"
        type="text"
        maxLength={LABEL_MAX}
        value={value}
        aria-describedby="account-label-help"
        autocomplete="off"
        onInput={(e) => {
          setValue(e.currentTarget.value)
          setSaved(false)
        }}
        onBlur={save}
      />
      <span id="account-label-help" class="muted small hint">
        {t('account_label_help')}
      </span>
      <span class="muted small" role="status">
        {saved ? t('account_label_saved') : ''}
      </span>
      <ErrorText error={action.error} />
    </form>
  )
}
