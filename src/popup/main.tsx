import { render } from 'preact'
import { App } from './App'
import { t, uiDirection, uiLanguage } from './i18n'

document.documentElement.lang = uiLanguage()
document.documentElement.dir = uiDirection()
document.title = t('popup_title')
render(<App />, document.getElementById('app')!)
