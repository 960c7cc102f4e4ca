/** A printable page of one account's proof: platform, account, every dated event, the confirmation e-mail's text. */
import { useEffect, useState } from 'preact/hooks'
import { refOfAccountKey } from '../core/platform'
import { deriveStatus, type ObjectionEvent } from '../core/objection'
import type { Account } from '../core/storage'
import { loadAccount } from './background'
import { t } from './i18n'
import { accountName, eventName } from './shared'
import { formatDate, formatDateTime } from './format'

function EventDetails({ event }: { event: ObjectionEvent }) {
  switch (event.type) {
    case 'submitted':
      return event.email ? <p>{t('proof_page_email', [event.email])}</p> : null
    case 'marked_done':
      return <p>{t('proof_page_objected_on', [formatDate(`${event.objectedOn}T12:00:00Z`)])}</p>
    case 'confirmation_recorded':
      return (
        <>
          <dl class="mail-preview">
            <dt>{t('mail_date')}</dt>
            <dd>{formatDateTime(event.receivedAt)}</dd>
            {event.from && (
              <>
                <dt>{t('mail_from')}</dt>
                <dd>
                  {event.from} {event.senderIsMeta === false && <strong>({t('proof_page_not_meta')})</strong>}
                </dd>
              </>
            )}
            {event.subject && (
              <>
                <dt>{t('mail_subject')}</dt>
                <dd>{event.subject}</dd>
              </>
            )}
            {event.to && (
              <>
                <dt>{t('mail_to')}</dt>
                <dd>{event.to}</dd>
              </>
            )}
          </dl>
          {event.text && <pre class="mail-text" data-testid="proof-mail-text">{event.text}</pre>}
        </>
      )
    default:
      return null
  }
}

export function ProofPage({ keyOfAccount }: { keyOfAccount: string }) {
  /** undefined while loading; null when no such account is stored. */
  const [account, setAccount] = useState<Account | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const ref = refOfAccountKey(keyOfAccount)
    if (!ref) return setAccount(null)
    loadAccount(ref).then(setAccount, (e: unknown) => setError(e instanceof Error ? e.message : String(e)))
  }, [keyOfAccount])
  return (
    <main class="proof-page" data-testid="proof-page">
      {error && (
        <p role="alert" class="warn">
          {t('popup_error', [error])}
        </p>
      )}
      {account === null && <p role="alert">{t('proof_page_missing')}</p>}
      {account && (
        <>
          <h1>{t('proof_page_title', [t(`platform_${account.platform}`), accountName(account)])}</h1>
          <dl>
            <dt>{t('proof_page_platform')}</dt>
            <dd>{t(`platform_${account.platform}`)}</dd>
            <dt>{t('proof_page_account')}</dt>
            <dd>
              {accountName(account)} ({t('account_id', [account.accountId])})
            </dd>
            <dt>{t('proof_page_status')}</dt>
            <dd>{t(`status_${deriveStatus(account.events)}`)}</dd>
            <dt>{t('proof_page_printed')}</dt>
            <dd>{formatDateTime(new Date().toISOString())}</dd>
          </dl>
          <h2>{t('proof_page_events')}</h2>
          <ol class="events">
            {account.events.map((event, i) => (
              <li key={i} data-testid="proof-event" data-type={event.type}>
                <strong>{eventName(event)}</strong> — {formatDateTime(event.at)}
                <EventDetails event={event} />
              </li>
            ))}
          </ol>
          <button type="button" class="no-print" onClick={() => window.print()}>
            {t('proof_page_print')}
          </button>
        </>
      )}
    </main>
  )
}
