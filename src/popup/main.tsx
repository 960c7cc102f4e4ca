import { render } from 'preact'
import type { AppState } from '../core/messages'
import { App } from './App'
import { ProofPage } from './ProofPage'
import { loadState } from './background'
import { loadPickedLanguage, t, uiDirection, uiLanguage, usePickedLanguage } from './i18n'

const root = document.getElementById('app')!
/** The same page, opened in a tab with ?proof=<platform:id>, is the printable proof of that account. */
const proof = new URLSearchParams(location.search).get('proof')

function setUpDocument(title: string): void {
  document.documentElement.lang = uiLanguage()
  document.documentElement.dir = uiDirection()
  document.title = title
}

if (proof) {
  await loadPickedLanguage()
  setUpDocument(t('proof_heading'))
  document.body.classList.add('page')
  render(<ProofPage keyOfAccount={proof} />, root)
} else {
  // The state is awaited here, not in an effect of App: Preact runs effects after a paint, a frame later.
  const first = await loadState().catch((e: unknown): AppState | Error => (e instanceof Error ? e : new Error(String(e))))
  // Its settings name the language picked, if any (no second read of storage before the first paint).
  await usePickedLanguage(first instanceof Error ? undefined : first.settings)
  setUpDocument(t('popup_title'))
  render(<App first={first} />, root)
}
