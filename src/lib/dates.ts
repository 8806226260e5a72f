/** A date as YYYY-MM-DD, for <time datetime> and citations. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
