/** mulberry32: a small seeded generator, so sample data is the same on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from several numbers, so each area, month and snapshot draws independently of loop order. */
export function seedOf(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) hash = Math.imul(hash ^ (part >>> 0), 0x01000193) ^ (hash >>> 13);
  return hash >>> 0;
}

/** A normally distributed number (Box–Muller). */
export function normal(random: () => number, mean = 0, deviation = 1): number {
  const u = 1 - random();
  return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
