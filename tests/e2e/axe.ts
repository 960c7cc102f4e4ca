/**
 * axe-core run inside a real page (open shadow roots included), with the violations written out
 * as ids, targets and help text so a failing test says what to fix.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown; summary: string }[]
}

interface AxeResult {
  id: string
  impact?: string | null
  help: string
  nodes: { target: unknown; failureSummary?: string; any: { data?: { messageKey?: string } | null }[] }[]
}

/**
 * Runs axe on `page` (WCAG 2.0/2.1/2.2 A and AA plus best practices). With `include`, only the
 * elements matching those selectors (and their open shadow trees) are checked: on the fixture
 * pages, only what the extension adds, not the stand-in for Meta's page.
 *
 * A text whose contrast axe could not measure counts as a violation too (axe reports it as
 * "incomplete"): a check that cannot see the colours must not pass. Only glyph-only controls
 * (▾, ×: axe's `nonBmp`) are left out, their names come from aria-label.
 *
 * axe measures colours only under <body>; the banner and the assistant hang their hosts on <html>
 * (so a single-page app replacing <body> keeps them). For the check, each included host sitting
 * on <html> is moved into <body> and put back after: its shadow root's styles do not depend on
 * where the host sits (`:host { all: initial }`).
 */
export async function axeViolations(page: Page, include?: string[]): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: extension pages' CSP forbids an inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const results = await page.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> } }).axe
    const moved = (selectors ?? [])
      .map((s) => document.querySelector(s))
      .filter((el): el is Element => el !== null && el.parentElement === document.documentElement)
    for (const el of moved) document.body.append(el)
    try {
      const result = await axe.run(selectors ? { include: selectors.map((s) => [s]) } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations', 'incomplete'],
      })
      const unmeasured = result.incomplete
        .filter((r) => r.id === 'color-contrast')
        .map((r) => ({ ...r, help: `${r.help} (contrast could not be measured)`, nodes: r.nodes.filter((n) => !n.any.some((c) => c.data?.messageKey === 'nonBmp')) }))
        .filter((r) => r.nodes.length > 0)
      return [...result.violations, ...unmeasured].map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })),
      }))
    } finally {
      for (const el of moved) document.documentElement.append(el)
    }
  }, include ?? null)
  return results
}

/** One line per violation and node: `id (impact) — help: target — what failed`. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) — ${v.help}: ${JSON.stringify(n.target)} — ${n.summary.replace(/\s+/g, ' ')}`))
    .join('\n')
}
