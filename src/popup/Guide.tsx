import { useState } from 'preact/hooks'
import type { ComponentChildren } from 'preact'
import type { AccountSummary } from '../core/account-summary'
import type { Status } from '../core/objection'
import { FACTS, primaryObjectionForm } from '../core/facts'
import type { Act } from './shared'
import { t } from './i18n'
import { accountName } from './shared'
import { formatDateTime } from './format'
import { ConfirmationRecorder } from './ConfirmationRecorder'
import { Complaint } from './Complaint'
import { LinkedAccount } from './LinkedAccount'
import { AccountLabel } from './AccountLabel'
import { ErrorText, useAction } from './useAction'

const RANK: Record<Status, number> = { not_started: 0, form_opened: 1, submitted: 2, confirmed: 3 }

interface Props {
  account: AccountSummary
  accounts: AccountSummary[]
  act: Act
}

function Step({ n, done, title, children }: { n: number; done: boolean; title: string; children: ComponentChildren }) {
  return (
    <li class={done ? 'step done' : 'step'} data-step={n} data-done={done}>
      <h3>
        <span class="step-mark" aria-hidden="true">
          {done ? '✓' : n}
        </span>{' '}
        {title}
        {done && <span class="visually-hidden"> ({t('guide_step_done')})</span>}
      </h3>
      <div class="step-body">{children}</div>
    </li>
  )
}

export function Guide({ account, accounts, act }: Props) {
  const rank = RANK[account.status]
  const ref = { platform: account.platform, accountId: account.accountId }
  const [recording, setRecording] = useState(false)
  const [email, setEmail] = useState(account.expectedEmail ?? '')
  const [copied, setCopied] = useState(false)
  const action = useAction()
  const reminder = account.reminder
  const sent = account.lastSubmitted
  const confirmation = account.lastConfirmation
  const explanation = t('form_explanation_text')
  const steps = [rank >= 1, rank >= 2 || Boolean(account.expectedEmail), rank >= 2, rank >= 2, rank >= 3]
  const doneCount = steps.filter(Boolean).length

  const record = (event: Parameters<Act>[0]) => action.run(() => act(event))

  return (
    <section aria-labelledby="guide-heading" class="guide" data-testid="guide" data-platform={account.platform} data-account-id={account.accountId}>
      <h2 id="guide-heading">{t('guide_heading', [t(`platform_${account.platform}`), accountName(account)])}</h2>
      <p class="progress-text" id="guide-progress">
        {t('guide_progress', [String(doneCount), String(steps.length)])}
      </p>
      <AccountLabel account={account} act={act} />
      <progress max={steps.length} value={doneCount} aria-labelledby="guide-progress" />
      <ErrorText error={action.error} />

      {reminder === 'ask_confirmation' && (
        <div class="notice" role="status" data-testid="reminder-ask">
          <p>{t('reminder_ask', [formatDateTime(sent?.at ?? account.createdAt)])}</p>
          <button type="button" data-testid="reminder-record" onClick={() => setRecording(true)}>
            {t('reminder_yes')}
          </button>{' '}
          <span class="muted small">{t('reminder_not_yet')}</span>
        </div>
      )}
      {reminder === 'answer_overdue' && <Complaint submittedAt={sent?.at ?? account.createdAt} />}

      <ol class="steps">
        <Step n={1} done={steps[0]!} title={t('guide_step_open')}>
          <a
            class="button primary"
            data-testid="open-form"
            href={primaryObjectionForm(account.platform)}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => void record({ type: 'popup/record-event', ...ref, event: { type: 'form_opened' } })}
          >
            {t('guide_open_form', [t(`platform_${account.platform}`)])}
          </a>
          <details>
            <summary>{t('guide_path_summary')}</summary>
            <ol class="path">
              {FACTS.pathInSite[account.platform].messageKeys.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ol>
          </details>
        </Step>

        <Step n={2} done={steps[1]!} title={t('guide_step_email')}>
          <p>{t('guide_email_help')}</p>
          <form
            class="inline"
            onSubmit={(e) => {
              e.preventDefault()
              void record({ type: 'popup/update-account', ...ref, expectedEmail: email.trim() })
            }}
          >
            <label for="expected-email">{t('guide_expected_email')}</label>
            <input id="expected-email" data-testid="expected-email" type="email" value={email} autocomplete="email" onInput={(e) => setEmail(e.currentTarget.value)} />
            <button type="submit">{t('guide_save')}</button>
          </form>
          {sent?.email && (
            <p data-testid="form-email">
              {t('guide_form_showed', [sent.email])}
              {account.expectedEmail && account.expectedEmail.toLowerCase() !== sent.email.toLowerCase() && (
                <strong class="warn"> {t('guide_email_differs')}</strong>
              )}
            </p>
          )}
        </Step>

        <Step n={3} done={steps[2]!} title={t('guide_step_explain')}>
          <p>{t('guide_explain_help')}</p>
          <label for="explanation" class="visually-hidden">
            {t('guide_explanation_label')}
          </label>
          <textarea id="explanation" readOnly rows={4} value={explanation} />
          <button
            type="button"
            data-testid="copy-explanation"
            onClick={() => void navigator.clipboard.writeText(explanation).then(() => setCopied(true), () => setCopied(false))}
          >
            {t('guide_copy')}
          </button>{' '}
          <span role="status">{copied ? t('guide_copied') : ''}</span>
        </Step>

        <Step n={4} done={steps[3]!} title={t('guide_step_send')}>
          <p>{t('guide_send_help')}</p>
          {rank >= 2 && sent ? (
            <p data-testid="sent-at">{t('guide_sent_at', [formatDateTime(sent.at)])}</p>
          ) : (
            <button
              type="button"
              data-testid="mark-sent"
              onClick={() =>
                void record({ type: 'popup/record-event', ...ref, event: account.expectedEmail ? { type: 'submitted', email: account.expectedEmail } : { type: 'submitted' } })
              }
            >
              {t('guide_i_sent_it')}
            </button>
          )}
        </Step>

        <Step n={5} done={steps[4]!} title={t('guide_step_confirm')}>
          {confirmation ? (
            <p data-testid="confirmation-summary">
              {t('guide_confirmation_at', [formatDateTime(confirmation.receivedAt)])}
              {confirmation.from ? ` · ${confirmation.from}` : ''}
            </p>
          ) : (
            <p>{t('guide_confirm_help')}</p>
          )}
          {!recording && (
            <button type="button" data-testid="record-confirmation" aria-expanded={false} onClick={() => setRecording(true)}>
              {t(confirmation ? 'guide_record_another' : 'guide_record_confirmation')}
            </button>
          )}
          {recording && <ConfirmationRecorder account={account} act={act} onDone={() => setRecording(false)} />}
        </Step>
      </ol>

      <LinkedAccount account={account} accounts={accounts} act={act} />
    </section>
  )
}
