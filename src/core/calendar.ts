/** `yyyy-mm-dd` of a date in the user's time zone, as `<input type="date">` reads and writes it. */
export const localDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
