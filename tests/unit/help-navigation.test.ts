import { describe, expect, it } from 'vitest'
import { assistantCheck, mayBringAssistant } from '../../src/background/help-navigation'
import { markAssistantLoaded } from '../../src/content/form/presence'

const REQUEST = 'https://help.meta.com/support/privacy/request'

describe('in-page navigation on Meta\'s help site', () => {
  it('may bring the assistant when a tab finished loading on a privacy request, or moved there in a loaded document', () => {
    expect(mayBringAssistant({ status: 'complete' }, { status: 'complete', url: REQUEST })).toBe(true)
    expect(mayBringAssistant({ url: REQUEST }, { status: 'complete', url: REQUEST })).toBe(true)
    expect(mayBringAssistant({ status: 'complete' }, { status: 'complete', url: 'https://help.meta.com/support/privacy' })).toBe(true)
  })

  it('does not while the tab loads, nor anywhere but the privacy requests of help.meta.com', () => {
    expect(mayBringAssistant({ status: 'loading', url: REQUEST }, { status: 'loading', url: REQUEST })).toBe(false)
    expect(mayBringAssistant({ url: REQUEST }, { status: 'loading', url: REQUEST })).toBe(false)
    expect(mayBringAssistant({}, { status: 'complete', url: REQUEST })).toBe(false) // its title changed, say
    for (const url of ['https://help.meta.com/', 'https://help.meta.com/support/articles/objecting', 'https://help.meta.com.evil.example/support/privacy', 'https://www.facebook.com/', undefined]) {
      expect(mayBringAssistant({ status: 'complete' }, { status: 'complete', url })).toBe(false)
    }
  })

  it('checks for the assistant in the world its script marks', () => {
    expect(assistantCheck.func(...assistantCheck.args)).toBe(false)
    markAssistantLoaded()
    expect(assistantCheck.func(...assistantCheck.args)).toBe(true)
  })
})
