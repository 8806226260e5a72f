import { formatNumber, formatPeriod } from '../format.ts';
import type { RevisionSummary } from '../data/revisions.ts';

const count = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

/**
 * What a snapshot changed relative to the one before, in one Danish sentence:
 * "Rettede 412 tal for marts 2024 til august 2024 i 98 områder; 104 nye tal."
 */
export function describeRevision(summary: RevisionSummary): string {
  const { changed, added, removed, statusChanged, areasAffected, firstRevisedPeriod, lastRevisedPeriod } =
    summary;
  const parts: string[] = [];
  if (changed > 0 || statusChanged > 0) {
    const span =
      firstRevisedPeriod === null || lastRevisedPeriod === null
        ? ''
        : firstRevisedPeriod === lastRevisedPeriod
          ? ` for ${formatPeriod(firstRevisedPeriod)}`
          : ` for ${formatPeriod(firstRevisedPeriod)} til ${formatPeriod(lastRevisedPeriod)}`;
    const status =
      statusChanged > 0
        ? ` (heraf ${count(statusChanged, 'der skiftede status', 'der skiftede status')})`
        : '';
    parts.push(
      `rettede ${count(changed + statusChanged, 'tal', 'tal')}${status}${span} i ${count(areasAffected, 'område', 'områder')}`,
    );
  } else {
    parts.push('rettede ingen tidligere tal');
  }
  if (added > 0) parts.push(`${count(added, 'nyt tal', 'nye tal')} kom til`);
  if (removed > 0) parts.push(`${count(removed, 'tal', 'tal')} faldt bort`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
