/** The user's proof: export everything as a JSON file, import one back (merged), print an account's. */
import { useState } from 'preact/hooks'
import { BACKUP_MAX_BYTES, backupFileName, parseBackup, type BackupParse } from '../core/backup'
import type { AppState } from '../core/messages'
import { loadBackup } from './background'
import { accountKey } from '../core/platform'
import type { Act } from './shared'
import { t } from './i18n'
import { Panel } from './Panel'
import { accountName, proofUrl } from './shared'
import { ErrorText, useAction } from './useAction'

const IMPORT_ERRORS: Record<Exclude<BackupParse, { ok: true }>['reason'], string> = {
  too_large: 'import_too_large',
  not_json: 'import_not_json',
  not_a_backup: 'import_not_a_backup',
  newer_version: 'import_newer_version',
  invalid: 'import_invalid',
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function ProofPanel({ state, act }: { state: AppState; act: Act }) {
  const action = useAction()
  const exporting = useAction()
  const [done, setDone] = useState<string | null>(null)

  /** The event logs are asked for only now: the popup's state carries none. */
  const exportAll = () =>
    exporting.run(async () => {
      const backup = await loadBackup()
      download(JSON.stringify(backup, null, 2), backupFileName(new Date(backup.exportedAt)))
    })

  const importFile = (input: HTMLInputElement) =>
    action.run(async () => {
      setDone(null)
      const file = input.files?.[0]
      input.value = ''
      if (!file) return
      if (file.size > BACKUP_MAX_BYTES) throw new Error(t('import_too_large'))
      const parsed = parseBackup(await file.text())
      if (!parsed.ok) throw new Error(t(IMPORT_ERRORS[parsed.reason]))
      await act({ type: 'popup/import', backup: parsed.backup })
      setDone(t('import_done', [String(parsed.backup.accounts.length)]))
    })

  return (
    <Panel testId="proof" summary={t('proof_heading')}>
      <p>{t('proof_help')}</p>
      <button type="button" data-testid="export-data" onClick={() => void exportAll()}>
        {t('proof_export')}
      </button>
      <ErrorText error={exporting.error} />
      <p>
        <label for="import-data">{t('proof_import')}</label>
        <input id="import-data" data-testid="import-data" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
      </p>
      {action.error && (
        <p role="alert" class="warn" data-testid="import-error">
          {action.error} {t('import_nothing_changed')}
        </p>
      )}
      {done && (
        <p role="status" data-testid="import-done">
          {done}
        </p>
      )}
      {state.accounts.length > 0 && (
        <>
          <h3>{t('proof_print_heading')}</h3>
          <ul class="targets">
            {state.accounts.map((a) => (
              <li key={accountKey(a)}>
                <a data-testid="print-proof" href={proofUrl(a)} target="_blank" rel="noopener">
                  {t(`platform_${a.platform}`)} · {accountName(a)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  )
}
