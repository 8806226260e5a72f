/** A table of areas as view models hand it to the AreaTable component: every cell finished text. */
export interface AreaTableColumn {
  label: string;
  /** Right-aligned figures (class "num"). */
  numeric?: boolean;
}

export interface AreaTableRow {
  /** The area code, set as data-area when the table's script looks rows up by area. */
  area?: string | undefined;
  name: string;
  /** One text per column after the area name. */
  cells: string[];
}

/** A table's columns and rows as the page shows them. */
export interface TableText {
  columns: AreaTableColumn[];
  rows: AreaTableRow[];
}
