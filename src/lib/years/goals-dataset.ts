import { CERTAINTIES } from '../content/certainty.ts';
import { toExcelCsv, toPlainCsv, type DataResource, type TableField } from '../data/export.ts';
import type { GoalRow } from '../content/goal-rows.ts';

/** One column of the goals dataset: its canonical CSV field, its Excel header and how a cell reads. */
interface GoalColumn {
  field: Omit<TableField, 'title'> & { name: keyof GoalRow };
  /** The Danish header of the Excel CSV, also the field's title. */
  excelName: string;
  /** The Excel CSV's cell, where it differs from the canonical one. */
  excel?: (row: GoalRow) => string;
}

const STATUS_DA: Record<GoalRow['status'], string> = { stood: 'stod', announced: 'varslet' };
const yesNo = (value: boolean | null, yes: string, no: string): string =>
  value === null ? '' : value ? yes : no;

const COLUMNS: readonly GoalColumn[] = [
  {
    field: {
      name: 'year',
      type: 'integer',
      description: 'Det år, målene gjaldt for',
      constraints: { required: true },
    },
    excelName: 'År',
  },
  {
    field: {
      name: 'number',
      type: 'integer',
      description: 'Målets nummer i årets liste; tom hvor kilden ikke nummererer',
    },
    excelName: 'Nr.',
  },
  {
    field: {
      name: 'goal_id',
      type: 'string',
      description:
        'Målets id i sitets register, også adressen /maal/<id>/; samme id for samme mål på tværs af år',
      constraints: { required: true },
    },
    excelName: 'Mål-id',
  },
  {
    field: {
      name: 'goal_name',
      type: 'string',
      description: 'Sitets korte navn for målet',
      constraints: { required: true },
    },
    excelName: 'Mål',
  },
  {
    field: {
      name: 'wording',
      type: 'string',
      description: 'Målets ordlyd, præcis som kilden giver den; tom hvor ingen kilde giver ordlyden',
    },
    excelName: 'Ordlyd',
  },
  {
    field: {
      name: 'paraphrase',
      type: 'string',
      description: 'Sitets egen omskrivning, kun hvor ingen kilde giver ordlyden',
    },
    excelName: 'Omskrivning',
  },
  {
    field: {
      name: 'certainty',
      type: 'string',
      description:
        'Hvor sikker ordlyden er: ministeriet (ministeriets egne ord: brevet eller ministeriets side), gengivet (ministeriets ord, som en kommune, en avis eller en organisation gengiver dem), overskrift (kun en overskrift i en kommunes plan), omskrivning (ingen kilde giver ordene)',
      constraints: { required: true, enum: [...CERTAINTIES] },
    },
    excelName: 'Sikkerhed',
  },
  {
    field: {
      name: 'status',
      type: 'string',
      description:
        'stood: målet stod blandt årets mål; announced: kilden siger kun, at målet skulle tilføjes',
      constraints: { required: true, enum: ['stood', 'announced'] },
    },
    excelName: 'Status',
    excel: (row) => STATUS_DA[row.status],
  },
  {
    field: {
      name: 'source_title',
      type: 'string',
      description: 'Kilden, der giver målet: udgiver og titel',
      constraints: { required: true },
    },
    excelName: 'Kilde',
  },
  {
    field: {
      name: 'source_url',
      type: 'string',
      format: 'uri',
      description: 'Kildens adresse; for et brev på sitet årets side',
      constraints: { required: true },
    },
    excelName: 'Kildens adresse',
  },
  {
    field: {
      name: 'carried_on',
      type: 'boolean',
      description:
        'true: en kilde siger, at året videreførte målene fra året før; false: at de var nye; tom hvor ingen kilde siger det',
    },
    excelName: 'Videreført',
    excel: (row) => yesNo(row.carried_on, 'ja', 'nej'),
  },
];

const cell = (value: GoalRow[keyof GoalRow]): string => (value === null ? '' : String(value));

/** The goals dataset as CSV: header of field names, UTF-8, commas, LF; empty cells for null. */
export function goalsCsv(rows: readonly GoalRow[]): string {
  return toPlainCsv([
    COLUMNS.map(({ field }) => field.name),
    ...rows.map((row) => COLUMNS.map(({ field }) => cell(row[field.name]))),
  ]);
}

/** The goals dataset for Danish Excel: Danish headers, semicolons, BOM, CRLF, ja/nej. */
export function goalsExcelCsv(rows: readonly GoalRow[]): string {
  return toExcelCsv([
    COLUMNS.map(({ excelName }) => excelName),
    ...rows.map((row) => COLUMNS.map((column) => column.excel?.(row) ?? cell(row[column.field.name]))),
  ]);
}

/** The goals dataset as JSON: the rows under `goals`, with what they are and their licence. */
export function goalsJson(rows: readonly GoalRow[]): {
  description: string;
  licence: string;
  goals: GoalRow[];
} {
  return { description: GOALS_DESCRIPTION, licence: 'CC-BY-4.0', goals: [...rows] };
}

const GOALS_DESCRIPTION =
  'De beskæftigelsespolitiske mål, én række pr. mål pr. år, som sitets kilder giver dem: ministerens breve og, for årene uden brev på sitet, de offentlige kilder, der gengiver målene. Hver række angiver, hvor sikker ordlyden er, og hvilken kilde der giver den.';

/** Where the dataset's files are served, relative to datapackage.json, and the pages they come from. */
export interface GoalsDatasetPaths {
  csv: string;
  excelCsv: string;
  json: string;
  /** The absolute address of the page of every year, whose sources each row names. */
  yearsPage: string;
  /** The plain-text letter of each year the site has a letter for, and the absolute address of its page. */
  letters: readonly { year: number; title: string; path: string; page: string }[];
}

/** The goals dataset and the letters as data package resources. */
export function goalsResources(paths: GoalsDatasetPaths): DataResource[] {
  const primaryKey = ['year', 'goal_id'];
  const siteSource = {
    title: 'Beskæftigelsesmål: årenes kilder; hver række nævner sin kilde',
    path: paths.yearsPage,
  };
  return [
    {
      name: 'maal',
      path: paths.csv,
      title: 'De beskæftigelsespolitiske mål år for år',
      description: GOALS_DESCRIPTION,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', header: true, lineTerminator: '\n' },
      sources: [siteSource],
      schema: {
        fields: COLUMNS.map(({ field, excelName }) => ({ ...field, title: excelName })),
        primaryKey,
        missingValues: [''],
      },
    },
    {
      // Not a tabular resource: Frictionless readers take the BOM Excel needs into the first header.
      name: 'maal-excel',
      path: paths.excelCsv,
      title: 'De beskæftigelsespolitiske mål år for år, til Excel',
      description: `${GOALS_DESCRIPTION} Samme rækker og kolonner som maal.csv i samme rækkefølge, med danske kolonnenavne (${COLUMNS.map(({ excelName }) => excelName).join(', ')}), stod/varslet for status og ja/nej for videreført; semikolon, UTF-8 med BOM og CRLF, som Excel på dansk venter.`,
      profile: 'data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      sources: [siteSource],
    },
    {
      name: 'maal-json',
      path: paths.json,
      title: 'De beskæftigelsespolitiske mål år for år, som JSON',
      description: `${GOALS_DESCRIPTION} Samme rækker og felter som maal.csv, under nøglen goals.`,
      profile: 'data-resource',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      sources: [siteSource],
    },
    ...paths.letters.map((letter): DataResource => ({
      name: `brev-${letter.year}`,
      path: letter.path,
      title: `Ministerens brev om målene for ${letter.year}`,
      description: `${letter.title}: brevets tekst ord for ord, som sitet gengiver den.`,
      profile: 'data-resource',
      format: 'txt',
      mediatype: 'text/plain',
      encoding: 'utf-8',
      sources: [{ title: letter.title, path: letter.page }],
    })),
  ];
}
