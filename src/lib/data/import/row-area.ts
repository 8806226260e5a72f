import { resolveArea, type AreaTable } from '../areas.ts';
import type { ColumnMap } from './columns.ts';

/** The area code a row is about, or why it has none and in which column. */
export type RowArea = { code: string } | { problem: string; column: number };

const text = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell).trim());

const unknown = (cell: string, column: number): RowArea => ({
  problem: `unknown area '${cell}' (not a municipality code or name, a region or 'Hele landet')`,
  column,
});

/**
 * Finds a row's area. Where a file has both a code and a name column the code decides and the
 * name must agree with it; a blank code resolves by the name, as on the whole-country row of a
 * Jobindsats export (`"","Hele landet",…`).
 */
export function rowArea(
  row: readonly unknown[],
  columns: Pick<ColumnMap, 'areaCode' | 'areaName'>,
  areas: AreaTable,
): RowArea {
  const { areaCode, areaName } = columns;
  const code = areaCode === null ? '' : text(row[areaCode]);
  const name = areaName === null ? '' : text(row[areaName]);
  if (areaCode === null || (code === '' && areaName !== null)) {
    if (areaCode !== null && name === '')
      return { problem: 'no area: the area code and the area name are both empty', column: areaCode };
    const byName = resolveArea(name, areas);
    return byName === null ? unknown(name, areaName!) : { code: byName };
  }
  const byCode = resolveArea(code, areas);
  if (byCode === null) return unknown(code, areaCode);
  if (areaName === null || name === '') return { code: byCode };
  const byName = resolveArea(name, areas);
  if (byName === byCode) return { code: byCode };
  const named = byName === null ? 'no known area' : `${byName} ${areas.byCode.get(byName)!.name}`;
  return {
    problem: `area code '${code}' (${areas.byCode.get(byCode)!.name}) and name '${name}' (${named}) disagree`,
    column: areaName,
  };
}
