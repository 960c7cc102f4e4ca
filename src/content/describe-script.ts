/**
 * The description of a page for a bug report (form/describe.ts), built as one self-contained IIFE
 * that the background runs in a page only when the user asks the form assistant for it: the
 * assistant, on every form page, does not carry its code. It hands the description to the
 * assistant through their shared world.
 */
import { describeLink } from './form/describe-link'
import { describePage } from './form/describe'

const link = describeLink.get()
if (link) link.deliver(describePage(document, { url: document.URL, skip: link.skip(), isFormWord: link.isFormWord }))
