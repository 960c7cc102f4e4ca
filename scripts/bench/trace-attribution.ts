/**
 * Which main-thread work in a DevTools trace is the extension's own: the top-level tasks it starts
 * (its script's injection after the page was parsed, its timers and callbacks, messages delivered
 * to it), counted whole, and in tasks the page started (its parser, an event the page listens to
 * as well), only the extension's own events. Nested events are counted once, in thread time.
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

/** Work of the page itself: its parser, or a script of its own. */
const isPageWork = (event: TraceEvent, extensionOrigin: string): boolean =>
  event.name === 'ParseHTML' || (/^(EvaluateScript|FunctionCall|v8\.compile)$/.test(event.name) && !!urlOf(event) && !urlOf(event)!.startsWith(extensionOrigin))

export interface Attribution {
  /** Thread time of the extension's tasks, in milliseconds. */
  cpuMs: number
  tasks: number
  /** The renderer main thread the page ran on (where the content script was injected). */
  tid: number | null
}

/** Attributes to the extension its work on the page's main thread within `windowUs` of `startUs`. */
export function attributeToExtension(events: TraceEvent[], extensionOrigin: string, startUs: number, windowUs: number): Attribution {
  const injection = events.find((e) => e.name === 'EvaluateScript' && urlOf(e)?.startsWith(extensionOrigin))
  if (!injection) return { cpuMs: 0, tasks: 0, tid: null }
  const onThread = events
    .filter((e) => e.tid === injection.tid && e.pid === injection.pid && e.ph === 'X' && e.ts >= startUs && e.ts <= startUs + windowUs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  let cpuUs = 0
  let tasks = 0
  let task: TraceEvent | null = null
  let inside: TraceEvent[] = []
  const close = (): void => {
    if (!task) return
    const own = inside.filter((e) => isExtensionEvent(e, extensionOrigin))
    if (own.length) {
      tasks++
      if (!inside.some((e) => isPageWork(e, extensionOrigin))) cpuUs += task.tdur ?? task.dur ?? 0
      else {
        // The page's task: only the extension's outermost events in it.
        let end = -1
        for (const e of own) {
          if (e.ts < end) continue
          cpuUs += e.tdur ?? e.dur ?? 0
          end = e.ts + (e.dur ?? 0)
        }
      }
    }
  }
  for (const event of onThread) {
    if (event.name === 'RunTask' && (!task || event.ts >= task.ts + (task.dur ?? 0))) {
      close()
      task = event
      inside = []
    } else if (task && event.ts < task.ts + (task.dur ?? 0)) inside.push(event)
  }
  close()
  return { cpuMs: cpuUs / 1000, tasks, tid: injection.tid }
}
