import type { PointStatus } from './types.ts';

/** One area's value in a comparison across areas. */
export interface RankingItem {
  id: string;
  label: string;
  value: number | null;
  status?: PointStatus;
}

/** Items with a value, highest first, ranked so that ties share a rank. */
export function rankItems(items: readonly RankingItem[]): (RankingItem & { value: number; rank: number })[] {
  const present = items.filter((i): i is RankingItem & { value: number } => i.value !== null);
  const sorted = [...present].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'da'));
  return sorted.map((item) => ({ ...item, rank: 1 + sorted.filter((o) => o.value > item.value).length }));
}
