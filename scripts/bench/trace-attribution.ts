/**
 * Which main-thread work in a DevTools trace is the extension's own: the top-level tasks that
 * run its scripts (injection, its timers and callbacks, by script URL) or deliver extension
 * messages to it (replies, storage events), counted once each, in thread time.
 */
export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  tid: number
  pid: number
  args?: Record<string, unknown>
}

function urlOf(event: TraceEvent): string | undefined {
  const args = event.args as { data?: { url?: string }; fileName?: string } | undefined
  return args?.data?.url ?? args?.fileName
}

function mojoInterface(event: TraceEvent): string | undefined {
  const info = (event.args as { chrome_mojo_event_info?: { mojo_interface_tag?: string } } | undefined)?.chrome_mojo_event_info
  return info?.mojo_interface_tag
}

export function isExtensionEvent(event: TraceEvent, extensionOrigin: string): boolean {
  if (urlOf(event)?.startsWith(extensionOrigin)) return true
  return /^Receive mojo (message|reply)$/.test(event.name) && (mojoInterface(event)?.startsWith('extensions.mojom.') ?? false)
}

export interface Attribution {
  /** Thread time of the extension's tasks, in milliseconds. */
  cpuMs: number
  tasks: number
  /** The renderer main thread the page ran on (where the content script was injected). */
  tid: number | null
}

/** Attributes to the extension the top-level tasks, within `windowUs` of `startUs`, that hold one of its events. */
export function attributeToExtension(events: TraceEvent[], extensionOrigin: string, startUs: number, windowUs: number): Attribution {
  const injection = events.find((e) => e.name === 'EvaluateScript' && urlOf(e)?.startsWith(extensionOrigin))
  if (!injection) return { cpuMs: 0, tasks: 0, tid: null }
  const onThread = events
    .filter((e) => e.tid === injection.tid && e.pid === injection.pid && e.ph === 'X' && e.ts >= startUs && e.ts <= startUs + windowUs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  let cpuUs = 0
  let tasks = 0
  let taskEnd = -1
  let current: TraceEvent | null = null
  let counted = false
  const close = () => {
    if (current && counted) {
      cpuUs += current.tdur ?? current.dur ?? 0
      tasks++
    }
  }
  for (const event of onThread) {
    if (event.name === 'RunTask' && event.ts >= taskEnd) {
      close()
      current = event
      counted = false
      taskEnd = event.ts + (event.dur ?? 0)
      continue
    }
    if (current && event.ts < taskEnd && isExtensionEvent(event, extensionOrigin)) counted = true
  }
  close()
  return { cpuMs: cpuUs / 1000, tasks, tid: injection.tid }
}
