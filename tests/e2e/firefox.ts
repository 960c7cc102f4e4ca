/**
 * Debian's firefox-esr driven over WebDriver BiDi (a few commands, through `ws`): headless,
 * every host name resolved to 127.0.0.1, the unpacked dist/firefox installed as a temporary add-on.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { DIST_DIR } from './harness'

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const FIREFOX_EXTENSION_DIR = join(DIST_DIR, 'firefox')
/** The extension's id (manifest's gecko id) and the internal address Firefox gives it here, fixed so a test can open its pages. */
export const FIREFOX_EXTENSION_ID = 'object-meta-ai@objection.invalid'
export const FIREFOX_EXTENSION_ORIGIN = 'moz-extension://6f1c1f43-5b5e-4d0c-9f0e-2b7a4c1d8e90'

const PREFS: Record<string, string | number | boolean> = {
  'network.dns.forceResolve': '127.0.0.1',
  'network.proxy.type': 0,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
  'browser.dom.window.dump.enabled': true,
  'services.settings.server': 'https://127.0.0.1:9/v1',
  // A user grants host access when installing; a temporary add-on in a fresh profile would otherwise
  // start without it (the popup asks for it then: see README).
  'extensions.originControls.grantByDefault': true,
  'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_ORIGIN.slice('moz-extension://'.length) }),
}

/** How long a start may take before it counts as hung, and how many starts are tried. */
const START_TIMEOUT_MS = 25_000
const START_ATTEMPTS = 3

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

export class FirefoxBidi {
  private nextId = 1
  /** Events the session subscribed to (e.g. log.entryAdded), in order. */
  readonly events: unknown[] = []
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>()

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string }
      if (message.id === undefined) {
        this.events.push(message)
        return
      }
      const waiter = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.type === 'error') waiter?.fail(new Error(`${message.error}: ${message.message}`))
      else waiter?.ok(message.result)
    })
  }

  /**
   * Starts Firefox ESR and opens a BiDi session. A start that hangs (seen in a clean run here: no
   * BiDi after 30 s, where a start takes 2-4 s) is killed and made again, up to three times, each
   * said on stderr: it is the browser's start, not the extension under test.
   */
  static async launch(port = 0): Promise<FirefoxBidi> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await FirefoxBidi.start(port)
      } catch (cause) {
        if (attempt === START_ATTEMPTS) throw cause
        process.stderr.write(`firefox start ${attempt} of ${START_ATTEMPTS} failed, starting again: ${String(cause).slice(0, 300)}\n`)
      }
    }
  }

  private static async start(port: number): Promise<FirefoxBidi> {
    const profile = mkdtempSync(join(tmpdir(), 'objection-ff-'))
    writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'))
    const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`, 'about:blank'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so close() ends the content processes too
    })
    child.stdout!.on('data', (chunk: Buffer) => process.env.FIREFOX_DEBUG && process.stdout.write(chunk))
    const url = await new Promise<string>((ok, fail) => {
      let err = ''
      const timer = setTimeout(() => {
        // Its whole process group, and its profile: nothing of a hung start stays behind.
        killGroup(child)
        rmSync(profile, { recursive: true, force: true })
        fail(new Error(`firefox did not start BiDi within ${START_TIMEOUT_MS} ms: ${err}`))
      }, START_TIMEOUT_MS)
      child.stderr!.on('data', (chunk: Buffer) => {
        err += chunk
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(err)
        if (match) {
          clearTimeout(timer)
          ok(match[1]!)
        }
      })
      child.on('exit', (code) => {
        clearTimeout(timer)
        fail(new Error(`firefox exited (${code}): ${err}`))
      })
    })
    const socket = new WebSocket(`${url}/session`)
    await new Promise((ok, fail) => socket.once('open', ok).once('error', fail))
    const bidi = new FirefoxBidi(child, socket, profile)
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } })
    return bidi
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((ok, fail) => {
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail })
      this.socket.send(JSON.stringify({ id, method, params }))
    })
  }

  async installExtension(path = FIREFOX_EXTENSION_DIR): Promise<string> {
    const result = await this.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path } })
    return result.extension
  }

  async topContext(): Promise<string> {
    const tree = await this.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {})
    return tree.contexts[0]!.context
  }

  /** Evaluates `expression` in the page (main world) and returns its JSON-able value. */
  async evaluate(context: string, expression: string): Promise<unknown> {
    const result = await this.send<{ result: { type: string; value?: unknown } }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    })
    return result.result.value ?? null
  }

  /** The top-level browsing contexts (tabs), in order. */
  async tabs(): Promise<string[]> {
    const tree = await this.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {})
    return tree.contexts.map((c) => c.context)
  }

  /**
   * Clicks the element `element` (an expression evaluated in the page) as a user does: a real
   * pointer press at its centre, so the page and the extension see a trusted event.
   */
  async click(context: string, element: string): Promise<void> {
    const centre = (await this.evaluate(
      context,
      `(() => { const el = ${element}; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] })()`,
    )) as { type: string; value: number }[]
    const [x, y] = centre.map((v) => v.value)
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x, y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
    })
  }

  /** Types `text` with real key presses into whatever has the focus. */
  async type(context: string, text: string): Promise<void> {
    const keys = [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }])
    await this.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] })
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.send('browser.close', {}), new Promise((ok) => setTimeout(ok, 3000))])
    } catch {
      /* the browser may close the socket before answering */
    }
    this.socket.close()
    killGroup(this.process)
    rmSync(this.profile, { recursive: true, force: true })
  }
}
