const longDate = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date in Danish long form: "20. april 2023". */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

/** A date as YYYY-MM-DD, for <time datetime> and citations. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
