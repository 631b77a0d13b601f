/**
 * The contract says dates as YYYY-MM-DD (the CLI and the data file write them so); a form's date
 * field shows the computer's own format (03/10/2026 in the US). A message about a date field is
 * said in the field's format, with an example the user can copy.
 */
const NOT_A_DATE = /^(.+?)(?::| must be| is required)[^]*?(?:YYYY-MM-DD)[^]*$/;

/** "10/03/2026", "3/10/2026"…: 10 March 2026 as this computer writes dates. */
export function exampleDate(locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(2026, 2, 10),
  );
}

/** "Completion date: "152025-12-06" is not a date written as YYYY-MM-DD …" → "Completion date: enter a real date, such as 03/10/2026." */
export function inFieldFormat(message: string, locale?: string): string {
  const m = NOT_A_DATE.exec(message);
  if (!m) return message;
  return / is required/.test(message)
    ? `${m[1]} is required: enter a date such as ${exampleDate(locale)}.`
    : `${m[1]}: enter a real date, such as ${exampleDate(locale)}.`;
}
