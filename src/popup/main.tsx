// First: it sends the request for the popup's state while the rest loads.
import { proofKey as proof } from './early-request'
import { render } from 'preact'
import type { AppState } from '../core/messages'
import { App } from './App'
import { ProofPage } from './ProofPage'
import { loadState } from './background'
import { loadPickedLanguage, t, uiDirection, uiLanguage } from './i18n'

const root = document.getElementById('app')!

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
  const [, first] = await Promise.all([
    loadPickedLanguage(),
    loadState().catch((e: unknown): AppState | Error => (e instanceof Error ? e : new Error(String(e)))),
  ])
  setUpDocument(t('popup_title'))
  render(<App first={first} />, root)
}
