import { describe, expect, it } from 'vitest'
import { attributeToExtension, type TraceEvent } from '../../scripts/bench/trace-attribution'

const EXT = 'chrome-extension://abc/'
const ev = (name: string, ts: number, dur: number, tdur: number, args: Record<string, unknown> = {}, tid = 1): TraceEvent => ({ name, ph: 'X', ts, dur, tdur, tid, pid: 1, args })
const url = (u: string) => ({ data: { url: u } })
const mojo = (tag: string) => ({ chrome_mojo_event_info: { mojo_interface_tag: tag } })

describe('attributing trace events to the extension', () => {
  const events: TraceEvent[] = [
    // its injection: one task, nested events counted once, thread time not wall time
    ev('RunTask', 100, 1000, 400),
    ev('EvaluateScript', 110, 900, 380, url(`${EXT}src/content/main.iife.js`)),
    ev('v8.compile', 120, 100, 50, { fileName: `${EXT}src/content/main.iife.js` }),
    // a page task: not counted
    ev('RunTask', 2000, 5000, 4000),
    ev('FunctionCall', 2010, 4000, 3900, url('https://www.facebook.com/app.js')),
    // a message reply to it: counted
    ev('RunTask', 8000, 300, 250),
    ev('Receive mojo message', 8010, 50, 40, mojo('extensions.mojom.MessagePort')),
    // a timer of its own: counted
    ev('RunTask', 9000, 200, 120),
    ev('FunctionCall', 9010, 150, 100, url(`${EXT}src/content/main.iife.js`)),
    // another process's mojo traffic on another thread: not counted
    ev('RunTask', 9500, 300, 300, {}, 2),
    ev('Receive mojo message', 9510, 50, 40, mojo('extensions.mojom.MessagePort'), 2),
    // a browser mojo message that is not the extension's: not counted
    ev('RunTask', 10_000, 100, 90),
    ev('Receive mojo message', 10_010, 50, 40, mojo('blink.mojom.LocalMainFrame')),
    // the page's parser task, in which the script was injected at document_start: only the script
    ev('RunTask', 11_000, 6000, 5000),
    ev('ParseHTML', 11_010, 5900, 4900, url('https://www.facebook.com/heavy')),
    ev('EvaluateScript', 11_100, 2000, 1500, url(`${EXT}src/content/main.iife.js`)),
    ev('v8.compile', 11_110, 300, 200, { fileName: `${EXT}src/content/main.iife.js` }),
    // an event both the page and the extension listen to: only the extension's listener
    ev('RunTask', 20_000, 1000, 900),
    ev('FunctionCall', 20_010, 600, 550, url('https://www.facebook.com/app.js')),
    ev('FunctionCall', 20_700, 200, 180, url(`${EXT}src/content/main.iife.js`)),
    // after the window: not counted
    ev('RunTask', 5_000_000, 100, 100),
    ev('FunctionCall', 5_000_010, 50, 50, url(`${EXT}x.js`)),
  ]

  it('sums the thread time of the tasks it starts, and of its own events in the page’s tasks, once each', () => {
    const result = attributeToExtension(events, EXT, 0, 4_000_000)
    expect(result.tasks).toBe(5)
    expect(result.cpuMs).toBeCloseTo((400 + 250 + 120 + 1500 + 180) / 1000, 6)
    expect(result.tid).toBe(1)
  })

  it('finds nothing when the content script never ran', () => {
    const withoutInjection = events.filter((e) => !(e.name === 'EvaluateScript' && JSON.stringify(e.args).includes(EXT)))
    expect(attributeToExtension(withoutInjection, EXT, 0, 4_000_000)).toEqual({ cpuMs: 0, tasks: 0, tid: null })
  })
})
