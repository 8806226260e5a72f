import type { IndicatorMeta } from './indicator-meta.ts';
import { sourceLineOf } from './source-line.ts';

export interface DataPackageInput {
  meta: IndicatorMeta;
  snapshots: readonly { date: string }[];
}

interface TableField {
  name: string;
  type: 'string' | 'number';
  title: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

interface DataResource {
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

export interface DataPackage {
  profile: 'tabular-data-package';
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
 * A Frictionless Data package (datapackage.json) describing every snapshot as a resource.
 * `pathFor` says where each canonical CSV is served, relative to the datapackage.json.
 */
export function toDataPackage(
  indicators: readonly DataPackageInput[],
  pathFor: (id: string, date: string) => string = (id, date) => `${id}/${date}.csv`,
): DataPackage {
  const sample = indicators.some(({ meta }) => meta.sample);
  const resources = indicators.flatMap(({ meta, snapshots }) =>
    snapshots.map(({ date }): DataResource => ({
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
  return {
    profile: 'tabular-data-package',
    name: 'beskaeftigelsesmaal',
    title: 'Beskæftigelsesmål: indikatorer for de beskæftigelsespolitiske mål',
    description: sample
      ? 'Udtræk af indikatorerne bag de beskæftigelsespolitiske mål. Bemærk: tallene er eksempeldata – ikke officielle tal.'
      : 'Udtræk af indikatorerne bag de beskæftigelsespolitiske mål fra Jobindsats.dk.',
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    ...(indicators.every(({ meta }) => meta.sample) ? {} : { sources: [JOBINDSATS] }),
    resources,
  };
}
