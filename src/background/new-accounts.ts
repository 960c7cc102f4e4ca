/**
 * Accounts at a person's pace: a page can write any account id into its cookie, so the
 * background creates at most a few new accounts per tab per hour, and remembers the refusals for
 * the popup to tell. Kept in the worker's memory: a page cannot stop the worker, and the limit
 * starts again only when the worker does.
 */
export const NEW_ACCOUNTS_PER_TAB_PER_HOUR = 3
const HOUR_MS = 60 * 60_000

export class NewAccountLimit {
  private readonly created = new Map<number, number[]>()
  private refusals: number[] = []

  /** Whether tab `tabId` may create one more account at `now`; counts it when it may, and the refusal when not. */
  allow(tabId: number | undefined, now: Date): boolean {
    const at = now.getTime()
    if (tabId === undefined) return false
    const recent = (this.created.get(tabId) ?? []).filter((t) => at - t < HOUR_MS)
    const allowed = recent.length < NEW_ACCOUNTS_PER_TAB_PER_HOUR
    if (allowed) recent.push(at)
    else this.refusals.push(at)
    this.created.set(tabId, recent)
    return allowed
  }

  /** How many new accounts were refused in the last hour. */
  refused(now: Date): number {
    this.refusals = this.refusals.filter((t) => now.getTime() - t < HOUR_MS)
    return this.refusals.length
  }
}
