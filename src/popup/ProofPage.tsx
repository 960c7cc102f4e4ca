/** A printable page of one account's proof: platform, account, every dated event, the confirmation e-mail's text. */
import { useEffect, useState } from 'preact/hooks'
import { refOfAccountKey } from '../core/platform'
import { deriveStatus, type ObjectionEvent } from '../core/objection'
import type { Account } from '../core/storage'
import { loadAccount } from './background'
import { t } from './i18n'
import { accountName, eventName } from './shared'
import { formatDate, formatDateTime } from './format'
import { receivedWhen } from './received'

/** HTML as text, in an inert document (nothing runs, nothing loads): blocks on lines of their own. */
function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll('script, style, head').forEach((el) => el.remove())
  doc.querySelectorAll('br').forEach((el) => el.replaceWith('\n'))
  doc.querySelectorAll('p, div, tr, li, h1, h2, h3, h4, table').forEach((el) => el.append('\n'))
  return (doc.body?.textContent ?? '').replace(/[ \t]+/g, ' ')
}

/** The mail decoded, as a reader sees it; its source as stored, folded. */
function MailText({ raw }: { raw: string }) {
  const [text, setText] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    void import('../core/mail-view').then(({ mailText }) => mailText(raw, htmlToText)).then((decoded) => current && setText(decoded))
    return () => {
      current = false
    }
  }, [raw])
  return (
    <>
      {text !== null && (
        <pre class="mail-text" data-testid="proof-mail-text">
          {text}
        </pre>
      )}
      <details class="more">
        <summary>{t('proof_page_source')}</summary>
        <pre class="mail-text" data-testid="proof-mail-source">
          {raw}
        </pre>
      </details>
    </>
  )
}

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
            <dt>{t('mail_from')}</dt>
            <dd>
              {event.from ?? t('mail_unknown')} {event.senderIsMeta === false && <strong>({t('proof_page_not_meta')})</strong>}
            </dd>
            <dt>{t('mail_to')}</dt>
            <dd>{event.to ?? t('mail_unknown')}</dd>
            <dt>{t('mail_date')}</dt>
            <dd data-testid="proof-mail-date">{receivedWhen(event)}</dd>
            <dt>{t('mail_subject')}</dt>
            <dd>{event.subject ?? t('mail_unknown')}</dd>
          </dl>
          {event.text && <MailText raw={event.text} />}
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
