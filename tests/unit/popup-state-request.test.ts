import { describe, expect, it, vi } from 'vitest'
import { requestState, sendEarlyRequest, takeEarlyRequest, type StateRequestApi } from '../../src/popup/state-request'

function fakeApi(tabs: () => Promise<{ id?: number }[]>, reply: () => Promise<unknown> = async () => ({ type: 'state' })) {
  const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>(() => reply())
  const api: StateRequestApi = { runtime: { sendMessage }, tabs: { query: tabs } }
  return { api, sendMessage }
}

describe("the popup's request for its state", () => {
  it('names the active tab, so its account comes first', async () => {
    const { api, sendMessage } = fakeApi(async () => [{ id: 7 }])
    await requestState(api)
    expect(sendMessage).toHaveBeenCalledWith({ type: 'popup/get-state', tabId: 7 })
  })

  it('names no tab when there is none, the tab has no id, or the query fails', async () => {
    for (const tabs of [async () => [], async () => [{}], async () => [{ id: -1 }], () => Promise.reject(new Error('no tabs'))]) {
      const { api, sendMessage } = fakeApi(tabs)
      await requestState(api)
      expect(sendMessage).toHaveBeenCalledWith({ type: 'popup/get-state' })
    }
  })

  it('leaves the early reply for the popup once; afterwards, and when no early request was sent, there is none', async () => {
    expect(takeEarlyRequest()).toBeNull()
    const { api } = fakeApi(async () => [], async () => ({ type: 'state', n: 1 }))
    sendEarlyRequest(api)
    const pending = takeEarlyRequest()
    await expect(pending).resolves.toEqual({ type: 'state', n: 1 })
    expect(takeEarlyRequest()).toBeNull()
  })

  it('keeps a failed early request for the popup to report, with no unhandled rejection meanwhile', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const { api } = fakeApi(async () => [], () => Promise.reject(new Error('worker gone')))
      sendEarlyRequest(api)
      await new Promise((ok) => setTimeout(ok, 10))
      expect(unhandled).not.toHaveBeenCalled()
      await expect(takeEarlyRequest()).rejects.toThrow('worker gone')
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})
