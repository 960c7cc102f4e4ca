/**
 * A local HTTPS server that plays facebook.com, instagram.com and friends from saved fixture
 * pages, with a throwaway self-signed certificate. Browsers reach it through host mapping.
 */
import { createServer, type Server } from 'node:https'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHash, X509Certificate } from 'node:crypto'

const ROOT = resolve(import.meta.dirname, '..', '..')
const FIXTURES = join(ROOT, 'tests', 'fixtures')
const CERT_DIR = join(ROOT, '.tmp', 'cert')

/** Host names the tests map to the fixture server, and the fixture folder each one serves. */
export const FIXTURE_HOSTS: Record<string, string> = {
  'www.facebook.com': 'facebook',
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'accountscenter.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'instagram.com': 'instagram',
  'help.instagram.com': 'instagram',
  'accountscenter.instagram.com': 'instagram',
  'help.meta.com': 'help-meta',
  'www.example.org': 'other',
}

/**
 * Meta moved a form (FACTS.md, "Since 2026"): with the cookie `fixture_moved=1`, these addresses
 * answer with a redirect, as the real ones may.
 */
const MOVED: Record<string, string> = {
  'help.instagram.com/contact/233964459562201': 'https://help.meta.com/support/privacy',
}

/** The cached certificate is made again when the host names it must name change. */
function certificate(): { key: Buffer; cert: Buffer } {
  const key = join(CERT_DIR, 'key.pem')
  const cert = join(CERT_DIR, 'cert.pem')
  const sanFile = join(CERT_DIR, 'san.txt')
  const san = Object.keys(FIXTURE_HOSTS).map((h) => `DNS:${h}`).join(',')
  if (!existsSync(cert) || !existsSync(sanFile) || readFileSync(sanFile, 'utf8') !== san) {
    mkdirSync(CERT_DIR, { recursive: true })
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=fixtures.test',
      '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', cert,
    ], { stdio: 'ignore' })
    writeFileSync(sanFile, san)
  }
  return { key: readFileSync(key), cert: readFileSync(cert) }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }

export interface FixtureServer {
  port: number
  /**
   * The certificate's public key as Chromium's --ignore-certificate-errors-spki-list takes it
   * (base64 of its SHA-256): trusted in every tab, also those the extension opens before
   * Playwright attaches to them, which its ignoreHTTPSErrors does not reach in time.
   */
  spki: string
  /** Every request the server saw: host and path. */
  requests: { host: string; path: string }[]
  close(): Promise<void>
}

/**
 * Serves `tests/fixtures/<folder>/<path>` for each mapped host. A path without an extension
 * serves `<path>.html`, `/` serves `index.html`; `/help/contact/<id>` serves `contact-<id>.html`.
 * `?fixture=<name>` serves the variant `<path>.<name>.html` of a page at the same address.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = []
  const credentials = certificate()
  const spki = createHash('sha256').update(new X509Certificate(credentials.cert).publicKey.export({ type: 'spki', format: 'der' })).digest('base64')
  const server: Server = createServer(credentials, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const url = new URL(req.url ?? '/', `https://${host}`)
    requests.push({ host, path: url.pathname })
    const folder = FIXTURE_HOSTS[host]
    const moved = MOVED[`${host}${url.pathname.replace(/\/$/, '')}`]
    if (moved && /(^|;\s*)fixture_moved=1(;|$)/.test(req.headers.cookie ?? '')) {
      res.writeHead(302, { location: moved, 'cache-control': 'no-store' }).end()
      return
    }
    let path = url.pathname === '/' ? '/index' : url.pathname.replace(/\/$/, '')
    path = path.replace(/^\/help\/contact\/(\d+)$/, '/contact-$1').replace(/^\/contact\/(\d+)$/, '/contact-$1')
    const variant = url.searchParams.get('fixture')
    if (variant && /^[a-z-]{1,40}$/.test(variant)) path += `.${variant}`
    if (!extname(path) || variant) path += '.html'
    const file = folder ? normalize(join(FIXTURES, folder, path)) : ''
    if (!folder || !file.startsWith(join(FIXTURES, folder)) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${url.pathname}`)
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    res.end(readFileSync(file))
  })
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok))
  return {
    port: (server.address() as AddressInfo).port,
    spki,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()) }),
  }
}
