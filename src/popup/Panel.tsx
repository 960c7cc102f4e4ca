/**
 * A folded panel of the popup: its contents are drawn only once the user opens it, so the first
 * render (50 accounts: 50 print links, 30 languages…) draws the accounts and the next step only.
 */
import { useState } from 'preact/hooks'
import type { ComponentChildren } from 'preact'

export function Panel({ testId, summary, children }: { testId: string; summary: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false)
  return (
    <details class="panel" data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  )
}
