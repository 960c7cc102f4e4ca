/**
 * Records Meta's confirmation e-mail: pasted text, a dropped or chosen `.eml` file, or only the
 * date it arrived. What the mail says (sender, date, subject, recipient) is shown as plain text
 * before saving; a sender outside Meta's mail domains is pointed out and the user decides.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import type { AccountSummary } from '../core/account-summary'
import type { ConfirmationResult, ParsedConfirmation } from '../core/confirmation-mail'
import { PROOF_TEXT_MAX } from '../core/objection'
import { FACTS } from '../core/facts'
import type { Act } from './shared'
import { t, uiLanguage } from './i18n'
import { formatDateTime, formatExact, localDay } from './format'
import { useAction } from './useAction'

interface Props {
  account: AccountSummary
  act: Act
  onDone: () => void
}

type Source = { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'none' }

function refusal(result: Exclude<ConfirmationResult, { ok: true }>): string {
  if (result.reason === 'empty') return t('mail_empty')
  if (result.reason === 'unreadable') return t('mail_unreadable', [result.detail])
  const size = new Intl.NumberFormat(uiLanguage()).format(result.max)
  return result.max === PROOF_TEXT_MAX ? t('mail_too_long', [size]) : t('mail_file_too_large', [size])
}

const unreadable = (e: unknown): ConfirmationResult => ({ ok: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) })

/** A warning the user reads before saving: first in the recorder, above the preview. */
function Warning({ testId, children }: { testId: string; children: string }) {
  return (
    <p role="alert" class="notice alert" data-testid={testId}>
      <span class="alert-icon" aria-hidden="true">
        ⚠
      </span>
      <span>{children}</span>
    </p>
  )
}

export function ConfirmationRecorder({ account, act, onDone }: Props) {
  const [source, setSource] = useState<Source>({ kind: 'none' })
  /** What the current input gave; null while it is read, or when there is none. */
  const [result, setResult] = useState<ConfirmationResult | null>(null)
  const [day, setDay] = useState('')
  const [dragging, setDragging] = useState(false)
  const action = useAction()
  const textRef = useRef<HTMLTextAreaElement>(null)

  useEffect(() => textRef.current?.focus(), [])

  // Parse whatever the user gave; a later input wins over a slower earlier parse. Any new input
  // first clears what the previous one gave, so a failure never leaves an earlier mail to save.
  useEffect(() => {
    let current = true
    setResult(null)
    if (source.kind === 'none' || (source.kind === 'text' && !source.text.trim())) return
    // The mail parser loads only when the recorder is used, so the popup opens without it.
    import('../core/confirmation-mail')
      .then(({ parseConfirmationMail }) =>
        parseConfirmationMail(source.kind === 'text' ? source.text : source.bytes, { languages: [uiLanguage(), ...navigator.languages] }),
      )
      .catch(unreadable)
      .then((parsed) => {
        if (current) setResult(parsed)
      })
    return () => {
      current = false
    }
  }, [source])

  const readFile = async (file: File | undefined) => {
    if (!file) return
    try {
      setSource({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    } catch (e) {
      setSource({ kind: 'none' })
      setResult(unreadable(e))
    }
  }

  const hasInput = source.kind === 'file' || (source.kind === 'text' && source.text.trim() !== '')
  const mail: ParsedConfirmation | null = result?.ok ? result.mail : null
  const refused = result && !result.ok ? refusal(result) : null
  /** The day typed by hand counts only when the mail gives no time of its own. */
  const needsDay = !mail?.date
  const valid = hasInput ? mail !== null && (!needsDay || day !== '') : day !== ''
  const sent = account.lastSubmitted
  const beforeSent = sent && (mail?.date ? Date.parse(mail.date) < Date.parse(sent.at) : day !== '' && day < localDay(new Date(sent.at)))
  const careful = (mail && !mail.senderIsMeta) || beforeSent

  const save = () =>
    action.run(async () => {
      if (!valid) throw new Error(refused ?? t('mail_nothing'))
      const when = mail?.date ? { receivedAt: mail.date } : { receivedAt: `${day}T12:00:00Z`, receivedOn: day }
      await act({
        type: 'popup/record-event',
        platform: account.platform,
        accountId: account.accountId,
        event: {
          type: 'confirmation_recorded',
          ...when,
          ...(mail
            ? {
                senderIsMeta: mail.senderIsMeta,
                text: mail.proofText,
                ...(mail.from ? { from: mail.from } : {}),
                ...(mail.subject ? { subject: mail.subject } : {}),
                ...(mail.to ? { to: mail.to } : {}),
              }
            : {}),
        },
      })
      onDone()
    })

  return (
    <div
      class={dragging ? 'recorder dragging' : 'recorder'}
      data-testid="confirmation-recorder"
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        void readFile(e.dataTransfer?.files[0])
      }}
    >
      <label for="confirmation-text">{t('mail_paste_label')}</label>
      <textarea
        id="confirmation-text"
        ref={textRef}
        data-testid="confirmation-input"
        rows={5}
        aria-describedby="confirmation-hint"
        onInput={(e) => setSource({ kind: 'text', text: e.currentTarget.value })}
      />
      <p id="confirmation-hint" class="muted small">
        {t('mail_hint')}
      </p>
      <label for="confirmation-file">{t('mail_file_label')}</label>
      <input id="confirmation-file" data-testid="confirmation-file" type="file" accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />

      {refused && <Warning testId="confirmation-error">{refused}</Warning>}
      {mail && !mail.senderIsMeta && (
        <Warning testId="sender-warning">
          {mail.senderDomain
            ? t('mail_not_meta', [mail.senderDomain, FACTS.confirmationSenderDomains.domains.join(', ')])
            : t('mail_no_sender', [FACTS.confirmationSenderDomains.domains.join(', ')])}
        </Warning>
      )}
      {beforeSent && sent && <Warning testId="confirmation-before-sent">{t('mail_before_sent', [formatDateTime(sent.at)])}</Warning>}
      {mail?.senderIsMeta && (
        <p class="ok" data-testid="sender-ok">
          {t('mail_is_meta', [mail.senderDomain ?? ''])}
        </p>
      )}
      {mail && (
        <dl class="mail-preview" data-testid="confirmation-preview">
          <dt>{t('mail_from')}</dt>
          <dd data-testid="mail-from">{mail.from ?? t('mail_unknown')}</dd>
          <dt>{t('mail_date')}</dt>
          <dd data-testid="mail-date">{mail.date ? (mail.dateFrom === 'copy' ? formatDateTime(mail.date) : formatExact(mail.date)) : t('mail_unknown')}</dd>
          <dt>{t('mail_subject')}</dt>
          <dd>{mail.subject ?? t('mail_unknown')}</dd>
          <dt>{t('mail_to')}</dt>
          <dd>{mail.to ?? t('mail_unknown')}</dd>
        </dl>
      )}
      {needsDay && (
        <>
          <label for="confirmation-day">{t('mail_date_label')}</label>
          <input id="confirmation-day" data-testid="confirmation-date" type="date" max={localDay(new Date())} value={day} required={hasInput} onInput={(e) => setDay(e.currentTarget.value)} />
        </>
      )}
      {action.error && (
        <p role="alert" class="warn">
          {action.error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="confirmation-save" disabled={!valid} onClick={() => void save()}>
          {careful ? t('mail_save_anyway') : t('mail_save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('mail_cancel')}
        </button>
      </div>
    </div>
  )
}
