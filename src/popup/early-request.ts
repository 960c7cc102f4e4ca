/**
 * The popup's first request for its state, as a classic script that index.html loads before the
 * popup's modules (scripts/build.mjs builds it as an IIFE): the page runs it as soon as it has
 * it, so the background's answer is on its way while the modules still load. It imports no
 * polyfill and no zod; when it did not run, the popup asks itself (background.ts).
 */
import { sendEarlyRequest, type StateRequestApi } from './state-request'

const g = globalThis as unknown as { browser?: StateRequestApi; chrome?: StateRequestApi }
// The printable proof (?proof=<platform:id>) asks for its one account instead.
if (!new URLSearchParams(location.search).has('proof')) sendEarlyRequest(g.browser ?? g.chrome!)
