// First: it sends the request for the popup's state while the rest loads.
import './early-request'
import { render } from 'preact'
import { App } from './App'
import { ProofPage } from './ProofPage'
import { loadPickedLanguage, t, uiDirection, uiLanguage } from './i18n'

await loadPickedLanguage()

document.documentElement.lang = uiLanguage()
document.documentElement.dir = uiDirection()
// The same page, opened in a tab with ?proof=<platform:id>, is the printable proof of that account.
const proof = new URLSearchParams(location.search).get('proof')
document.title = proof ? t('proof_heading') : t('popup_title')
if (proof) document.body.classList.add('page')
render(proof ? <ProofPage keyOfAccount={proof} /> : <App />, document.getElementById('app')!)
