/** Thrown when a data file cannot be used; `problems` holds every "<file> line <n>: …" message. */
export class SnapshotError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[], options?: ErrorOptions) {
    super(problems.join('\n'), options);
    this.name = 'SnapshotError';
    this.problems = problems;
  }
}

/**
 * Names where in a file a problem is: "line 12" for CSV, "row 3" for JSON, "sheet 'Data' row 3
 * column C" for a workbook. `column` is the 0-based index of the cell's column, when known.
 */
export type Locate = (position: number, column?: number) => string;

export const byLine: Locate = (line) => `line ${line}`;
export const byRow: Locate = (row) => `row ${row}`;

/** Collects problems up to a cap so one bad column does not bury the rest. */
export class ProblemList {
  readonly file: string;
  readonly locate: Locate;
  readonly cap: number;
  #messages: string[] = [];
  #count = 0;

  constructor(file: string, locate: Locate = byLine, cap = 20) {
    this.file = file;
    this.locate = locate;
    this.cap = cap;
  }

  get count(): number {
    return this.#count;
  }

  /** Records a problem at a position (a line or row number, and the column when known), or for the whole file when position is null. */
  add(position: number | null, message: string, column?: number): void {
    this.#count += 1;
    if (this.#count > this.cap) return;
    const where = position === null ? this.file : `${this.file} ${this.locate(position, column)}`;
    this.#messages.push(`${where}: ${message}`);
  }

  /** Records a problem that makes the rest of the file unreadable, and throws. */
  fail(position: number | null, message: string): never {
    this.add(position, message);
    this.throwIfAny();
    throw new SnapshotError(this.#messages);
  }

  /** Throws a SnapshotError holding every recorded problem, if there is any. */
  throwIfAny(): void {
    if (this.#count === 0) return;
    const more = this.#count - this.#messages.length;
    throw new SnapshotError(more > 0 ? [...this.#messages, `… and ${more} more`] : this.#messages);
  }
}

/** Thrown when a file cannot be read as a table at all; `where` is "line 3", "row 2" or null for the whole file. */
export class SourceError extends Error {
  readonly where: string | null;

  constructor(where: string | null, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SourceError';
    this.where = where;
  }
}
