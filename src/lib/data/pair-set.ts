/**
 * Remembers which area × period pairs a file has had. A period number (see periodNumber) is
 * year × 100 + 0 (year), 1–12 (month) or 21–24 (quarter), so one 32-bit mask per area and year
 * holds every period of that year. A Map keyed by "area|period" strings cost a third of the time
 * of validating a million-row snapshot; this needs one small-integer entry per area and year.
 */
export class PairSet {
  #masks = new Map<number, number>();

  /** Adds the pair; returns false when it was there already. */
  add(areaSlot: number, periodNumber: number): boolean {
    const key = areaSlot * 10_000 + Math.floor(periodNumber / 100);
    const bit = 1 << (periodNumber % 100);
    const mask = this.#masks.get(key) ?? 0;
    if (mask & bit) return false;
    this.#masks.set(key, mask | bit);
    return true;
  }
}
