/** A readable failure list: one problem per line, the first `limit`, then a count of the rest. */
export function listProblems(title: string, problems: string[], limit = 60): string {
  const shown = problems.slice(0, limit).map((problem) => `  - ${problem}`);
  const rest = problems.length > limit ? [`  … and ${problems.length - limit} more`] : [];
  return [`${title} (${problems.length}):`, ...shown, ...rest].join('\n');
}

/** Fails with the list when there are problems; `expect` would print an unreadable array diff. */
export function assertNone(title: string, problems: string[]): void {
  if (problems.length > 0) throw new Error(listProblems(title, problems));
}
