import { useState } from 'preact/hooks'
import { t } from './i18n'

/** Runs a user action and keeps what went wrong, to show it in a `role="alert"`. */
export function useAction() {
  const [error, setError] = useState<string | null>(null)
  const run = async (task: () => Promise<void>): Promise<boolean> => {
    setError(null)
    try {
      await task()
      return true
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      return false
    }
  }
  return { error, setError, run }
}

export function ErrorText({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" class="warn">
      {t('popup_action_failed', [error])}
    </p>
  ) : null
}
