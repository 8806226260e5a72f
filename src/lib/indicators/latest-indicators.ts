import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { getIndicators } from '../data/queries.ts';
import { latestSnapshot } from '../data/snapshot-reader.ts';
import type { Snapshot } from '../data/types.ts';

/** An indicator with its newest snapshot. */
export interface LatestIndicator {
  meta: IndicatorMeta;
  latest: Snapshot;
}

/** Every indicator with its newest snapshot, by id. */
export async function getLatestIndicators(): Promise<LatestIndicator[]> {
  return Promise.all(
    (await getIndicators()).map(async ({ data }) => ({
      meta: data.meta,
      latest: await latestSnapshot(data),
    })),
  );
}
