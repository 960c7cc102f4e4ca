/** Keys of storage.session shared by the background's modules (browser-free, for unit tests). */

/** `tab:<id>`: the account a tab's content script last reported (reminders.ts). */
export const TAB_PREFIX = 'tab:'
