/** A date as YYYY-MM-DD, for <time datetime> and citations. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of a YYYY-MM-DD date: the day a snapshot, letter or change note is dated. */
export function dayOf(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}
