import type { Letter } from './letter-schema.ts';

const KIND_LABELS: Record<Letter['kind'], string> = {
  udmelding: 'Udmelding til kommunerne',
  hoering: 'Høring af Beskæftigelsesrådet',
};

/** The Danish name of a letter's kind. */
export function letterKindLabel(kind: Letter['kind']): string {
  return KIND_LABELS[kind];
}
