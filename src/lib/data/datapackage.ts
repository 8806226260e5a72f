import type { IndicatorMeta } from './indicator-meta.ts';
import { sourceLineOf } from './source-line.ts';

export interface DataPackageInput {
  meta: IndicatorMeta;
  snapshots: readonly { date: string }[];
}

/** A Table Schema field (Frictionless Table Schema v1). */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  title: string;
  description: string;
  format?: 'uri';
  constraints?: { required?: boolean; enum?: string[] };
}

/** A CSV resource with its Table Schema. */
export interface TabularResource {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: { delimiter: ','; header: true; lineTerminator: '\n' };
  sources?: { title: string; path: string }[];
  schema: { fields: TableField[]; primaryKey: string[]; missingValues: string[] };
}

/** A file described without a Table Schema: JSON, plain text, or a CSV for people rather than parsers. */
export interface FileResource {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: 'data-resource';
  format: 'json' | 'txt' | 'csv';
  mediatype: 'application/json' | 'text/plain' | 'text/csv';
  encoding: 'utf-8';
  sources: { title: string; path: string }[];
}

export type DataResource = TabularResource | FileResource;

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  licenses: { name: string; path: string; title: string }[];
  sources?: { title: string; path: string }[];
  resources: DataResource[];
}

const JOBINDSATS = {
  title: 'Jobindsats.dk, Styrelsen for Arbejdsmarked og Rekruttering',
  path: 'https://www.jobindsats.dk/',
};

const FIELDS: TableField[] = [
  {
    name: 'area',
    type: 'string',
    title: 'Områdekode',
    description: 'Kommunekode (3 cifre), regionskode (1081–1085) eller 000 for hele landet',
    constraints: { required: true },
  },
  {
    name: 'period',
    type: 'string',
    title: 'Periode',
    description: 'Måned (2024-05), kvartal (2024-Q2) eller år (2024)',
    constraints: { required: true },
  },
  {
    name: 'value',
    type: 'number',
    title: 'Værdi',
    description: 'Indikatorens værdi; tom når status ikke er ok',
  },
  {
    name: 'numerator',
    type: 'number',
    title: 'Tæller',
    description: 'Antal bag andelen, når det er offentliggjort',
  },
  {
    name: 'denominator',
    type: 'number',
    title: 'Nævner',
    description: 'Den gruppe andelen er beregnet af, når den er offentliggjort',
  },
  {
    name: 'status',
    type: 'string',
    title: 'Status',
    description: 'ok, suppressed (diskretioneret) eller missing',
    constraints: { required: true, enum: ['ok', 'suppressed', 'missing'] },
  },
];

/**
 * A Frictionless Data package (datapackage.json): the `resources` given first (the goals
 * dataset and the letters), then every snapshot. `pathFor` says where each canonical CSV is
 * served, relative to the datapackage.json. Its profile is `data-package`, not
 * `tabular-data-package`, because the letters and the JSON are not tables.
 */
export function toDataPackage(
  indicators: readonly DataPackageInput[],
  pathFor: (id: string, date: string) => string = (id, date) => `${id}/${date}.csv`,
  resources: readonly DataResource[] = [],
): DataPackage {
  const sample = indicators.some(({ meta }) => meta.sample);
  const snapshotResources = indicators.flatMap(({ meta, snapshots }) =>
    snapshots.map(({ date }): TabularResource => ({
      name: `${meta.id}-${date}`,
      path: pathFor(meta.id, date),
      title: `${meta.title} (udtræk ${date})`,
      description: meta.sample ? `${meta.definition} ${sourceLineOf(meta).text}.` : meta.definition,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', header: true, lineTerminator: '\n' },
      // Generated figures have no source to name; real ones name the Jobindsats measure.
      ...(meta.sample
        ? {}
        : {
            sources: [
              {
                title: `${JOBINDSATS.title}: ${meta.source.measure}`,
                path: meta.source.url ?? JOBINDSATS.path,
              },
            ],
          }),
      schema: { fields: FIELDS, primaryKey: ['area', 'period'], missingValues: [''] },
    })),
  );
  const indicatorText = sample
    ? 'Udtræk af indikatorerne bag målene. Bemærk: indikatorernes tal er eksempeldata – ikke officielle tal.'
    : 'Udtræk af indikatorerne bag målene fra Jobindsats.dk.';
  const goalsText =
    'De beskæftigelsespolitiske mål år for år med deres kilder, og ministerens breve som tekst.';
  return {
    profile: 'data-package',
    name: 'beskaeftigelsesmaal',
    title: 'Beskæftigelsesmål: de beskæftigelsespolitiske mål og deres indikatorer',
    description: resources.length > 0 ? `${goalsText} ${indicatorText}` : indicatorText,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    ...(indicators.every(({ meta }) => meta.sample) ? {} : { sources: [JOBINDSATS] }),
    resources: [...resources, ...snapshotResources],
  };
}
