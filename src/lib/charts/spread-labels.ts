export interface SpreadOptions {
  /** Smallest distance between two label centres (about one line height). */
  minGap: number;
  /** Lowest and highest allowed centre. */
  min: number;
  max: number;
}

interface Cluster {
  start: number;
  /** Indexes into the input, in position order. */
  members: number[];
  targetSum: number;
}

/**
 * Moves one-dimensional label positions apart so no two are closer than `minGap`, moving
 * each as little as possible: overlapping labels merge into a block centred on the mean
 * of their targets, and blocks are kept inside [min, max]. Returns positions in input order.
 */
export function spreadLabels(targets: readonly number[], { minGap, min, max }: SpreadOptions): number[] {
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a] ?? 0) - (targets[b] ?? 0) || a - b);
  const clusters: Cluster[] = [];
  const place = (cluster: Cluster): void => {
    const span = (cluster.members.length - 1) * minGap;
    const centred = cluster.targetSum / cluster.members.length - span / 2;
    cluster.start = Math.max(min, Math.min(centred, max - span));
  };
  for (const index of order) {
    const cluster: Cluster = { start: 0, members: [index], targetSum: targets[index] ?? 0 };
    place(cluster);
    clusters.push(cluster);
    for (;;) {
      const last = clusters[clusters.length - 1];
      const previous = clusters[clusters.length - 2];
      if (!last || !previous) break;
      if (previous.start + previous.members.length * minGap <= last.start + 1e-9) break;
      clusters.pop();
      previous.members.push(...last.members);
      previous.targetSum += last.targetSum;
      place(previous);
    }
  }
  const positions = new Array<number>(targets.length).fill(0);
  for (const cluster of clusters) {
    cluster.members.forEach((index, k) => {
      positions[index] = cluster.start + k * minGap;
    });
  }
  return positions;
}
