/**
 * The link between the form assistant and the page-description script the background runs on the
 * user's request (describe-script.ts): both run in one world per frame.
 */
import { worldSlot } from '../world'

export interface DescribeLink {
  /** The element the description leaves out (the assistant's panel). */
  skip(): Element | null
  /** Whether a capitalised word is one of Meta's form words (no one's name). */
  isFormWord(word: string): boolean
  /** Takes the description once made. */
  deliver(description: string): void
}

export const describeLink = worldSlot<DescribeLink>('describe')
