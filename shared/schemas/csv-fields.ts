/**
 * The fields a spreadsheet row can fill, with their labels: what the contract, the import
 * dialog and the CLI's --map share. No parsing here (papaparse stays out of the page's
 * contract), see shared/domain/activity-csv.ts for that.
 */
export const CSV_FIELDS = ['date', 'title', 'provider', 'code', 'hours', 'amount', 'credential', 'category'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Which column (by header) feeds each field. */
export type CsvMapping = Partial<Record<CsvField, string>>;

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  date: 'Completion date',
  title: 'Title',
  provider: 'Provider',
  code: 'Course or approval code',
  hours: 'Contact hours',
  amount: 'Credit (in the credential’s unit)',
  credential: 'Credential',
  category: 'Category',
};
