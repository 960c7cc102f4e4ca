/** Marks this account as linked with one on the other platform in Meta's Accounts Center. */
import type { AccountSummary } from '../core/account-summary'
import { accountKey } from '../core/platform'
import { FACTS } from '../core/facts'
import type { Act } from './shared'
import { t } from './i18n'
import { Sources } from './Sources'
import { accountName } from './shared'
import { ErrorText, useAction } from './useAction'

export function LinkedAccount({ account, accounts, act }: { account: AccountSummary; accounts: AccountSummary[]; act: Act }) {
  const action = useAction()
  const others = accounts.filter((a) => a.platform !== account.platform)
  const statement = FACTS.statements.find((s) => s.id === 'one_per_service')!
  if (others.length === 0) return null
  const change = (value: string) =>
    action.run(() => {
      if (!value) return act({ type: 'popup/unlink-account', platform: account.platform, accountId: account.accountId })
      const other = others.find((o) => accountKey(o) === value)!
      const [fb, ig] = account.platform === 'facebook' ? [account, other] : [other, account]
      return act({ type: 'popup/link-accounts', facebookId: fb.accountId, instagramId: ig.accountId })
    })
  return (
    <div class="linked">
      <label for="linked-with">{t('linked_label')}</label>
      <select id="linked-with" data-testid="linked-with" value={account.linkedWith ?? ''} onChange={(e) => void change(e.currentTarget.value)}>
        <option value="">{t('linked_none')}</option>
        {others.map((o) => (
          <option key={accountKey(o)} value={accountKey(o)}>
            {t(`platform_${o.platform}`)} · {accountName(o)}
          </option>
        ))}
      </select>
      <ErrorText error={action.error} />
      {account.linkedWith && (
        <p data-testid="linked-explanation">
          {t(statement.messageKey)}{' '}
          <Sources sources={statement.sources} />
        </p>
      )}
    </div>
  )
}
