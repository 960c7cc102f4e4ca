/**
 * The selected account: its next step only (the other steps folded), or, once confirmed, "Done"
 * with its date and its proof, the steps folded away and no form button.
 */
import { useEffect, useState } from 'preact/hooks'
import type { ComponentChildren } from 'preact'
import type { AccountSummary } from '../core/account-summary'
import type { Status } from '../core/objection'
import { FACTS, primaryObjectionForm } from '../core/facts'
import type { Act } from './shared'
import { t } from './i18n'
import { accountName, proofUrl } from './shared'
import { formatDateTime } from './format'
import { ConfirmationRecorder } from './ConfirmationRecorder'
import { Complaint } from './Complaint'
import { LinkedAccount } from './LinkedAccount'
import { AccountLabel } from './AccountLabel'
import { ErrorText, useAction } from './useAction'
import { receivedText } from './received'

const RANK: Record<Status, number> = { not_started: 0, form_opened: 1, submitted: 2, confirmed: 3 }
const STEPS = 3

interface Props {
  account: AccountSummary
  accounts: AccountSummary[]
  act: Act
}

/** One step: open when it is the next one, folded otherwise (the user may unfold it). */
function Step({ n, done, current, title, children }: { n: number; done: boolean; current: boolean; title: string; children: ComponentChildren }) {
  return (
    <li class={done ? 'step done' : current ? 'step current' : 'step'} data-step={n} data-done={done}>
      <details open={current}>
        <summary>
          <span class="step-mark" aria-hidden="true">
            {done ? '✓' : n}
          </span>
          <h3>{title}</h3>
          {done && <span class="visually-hidden"> ({t('guide_step_done')})</span>}
        </summary>
        <div class="step-body">{children}</div>
      </details>
    </li>
  )
}

export function Guide({ account, accounts, act }: Props) {
  const rank = RANK[account.status]
  const confirmed = rank >= 3
  const ref = { platform: account.platform, accountId: account.accountId }
  const [recording, setRecording] = useState(false)
  const [email, setEmail] = useState(account.expectedEmail ?? '')
  // An address saved elsewhere (step 3's button, the form assistant) shows in step 2's field too.
  useEffect(() => setEmail(account.expectedEmail ?? ''), [account.expectedEmail])
  const [copied, setCopied] = useState(false)
  const action = useAction()
  const reminder = account.reminder
  const sent = account.lastSubmitted
  const confirmation = account.lastConfirmation
  const explanation = t('form_explanation_text')
  const done = [rank >= 1, rank >= 2, rank >= 3]
  const current = done.indexOf(false)

  const record = (event: Parameters<Act>[0]) => action.run(() => act(event))
  const platformName = t(`platform_${account.platform}`)

  const recordButton = !recording && (
    <button type="button" class={confirmed ? undefined : 'primary'} data-testid="record-confirmation" aria-expanded={false} onClick={() => setRecording(true)}>
      {t(confirmation ? 'guide_record_another' : 'guide_record_confirmation')}
    </button>
  )
  const recorder = recording && <ConfirmationRecorder account={account} act={act} onDone={() => setRecording(false)} />

  const steps = (
    <ol class="steps">
      <Step n={1} done={done[0]!} current={current === 0} title={t('guide_step_open')}>
        {!confirmed && (
          <a
            class="button primary"
            data-testid="open-form"
            href={primaryObjectionForm(account.platform)}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(e) => {
              // The background opens the tab, so that it knows the tab by its id (Meta's help site names no account).
              e.preventDefault()
              void record({ type: 'popup/open-form', ...ref })
            }}
          >
            {t('guide_open_form', [platformName])}
          </a>
        )}
        <details class="more">
          <summary>{t('guide_path_summary')}</summary>
          <ol class="path">
            {FACTS.pathInSite[account.platform].messageKeys.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ol>
        </details>
      </Step>

      <Step n={2} done={done[1]!} current={current === 1} title={t('guide_step_form')}>
        <p class="muted">{t('guide_email_help')}</p>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault()
            void record({ type: 'popup/update-account', ...ref, expectedEmail: email.trim() })
          }}
        >
          <label for="expected-email">{t('guide_expected_email')}</label>
          <input id="expected-email" data-testid="expected-email" type="email" maxLength={254} value={email} autocomplete="email" onInput={(e) => setEmail(e.currentTarget.value)} />
          <button type="submit">{t('guide_save')}</button>
        </form>
        <details class="more">
          <summary>{t('guide_step_explain')}</summary>
          <p class="muted">{t('guide_explain_help')}</p>
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
        </details>
        <p class="muted">{t('guide_send_help')}</p>
        {rank >= 2 && sent ? (
          <p data-testid="sent-at">{t('guide_sent_at', [formatDateTime(sent.at)])}</p>
        ) : (
          <button
            type="button"
            class="primary"
            data-testid="mark-sent"
            onClick={() =>
              void record({ type: 'popup/record-event', ...ref, event: account.expectedEmail ? { type: 'submitted', email: account.expectedEmail } : { type: 'submitted' } })
            }
          >
            {t('guide_i_sent_it')}
          </button>
        )}
      </Step>

      <Step n={3} done={done[2]!} current={current === 2} title={t('guide_step_confirm')}>
        {sent?.email && (
          <p data-testid="form-email">
            {t('guide_form_showed', [sent.email])}
            {account.expectedEmail && account.expectedEmail.toLowerCase() !== sent.email.toLowerCase() && (
              <strong class="warn"> {t('guide_email_differs')}</strong>
            )}
          </p>
        )}
        {sent?.email && !account.expectedEmail && (
          // The form showed an address and none is saved: one click keeps it for this account.
          <button type="button" class="quiet" data-testid="save-form-email" onClick={() => void record({ type: 'popup/update-account', ...ref, expectedEmail: sent.email! })}>
            {t('guide_keep_form_email', [sent.email])}
          </button>
        )}
        <p class="muted">{t('guide_confirm_help')}</p>
        {!confirmed && recordButton}
        {!confirmed && recorder}
      </Step>
    </ol>
  )

  return (
    <section aria-labelledby="guide-heading" class="guide" data-testid="guide" data-platform={account.platform} data-account-id={account.accountId}>
      <h2 id="guide-heading" class="visually-hidden">
        {t('guide_heading', [platformName, accountName(account)])}
      </h2>
      <AccountLabel account={account} act={act} />
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

      {confirmed ? (
        <div class="done-card" data-testid="done">
          <p class="done-title">
            <span class="done-mark" aria-hidden="true">
              ✓
            </span>{' '}
            {t('guide_done')}
          </p>
          <p data-testid="confirmation-summary">{confirmation ? receivedText(confirmation) : t('guide_done_earlier')}</p>
          <div class="actions">
            <a class="button primary" data-testid="done-proof" href={proofUrl(account)} target="_blank" rel="noopener">
              {t('guide_see_proof')}
            </a>
            {recordButton}
          </div>
          {recorder}
          <details class="more" data-testid="guide-steps">
            <summary>{t('guide_steps_again')}</summary>
            {steps}
          </details>
        </div>
      ) : (
        <>
          <p class="progress-text muted small">{t('guide_progress', [String(done.filter(Boolean).length), String(STEPS)])}</p>
          {steps}
        </>
      )}

      <LinkedAccount account={account} accounts={accounts} act={act} />
    </section>
  )
}
