import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvMapping } from '../../../../shared/schemas/csv-fields';
import type { AppErrorInfo } from '../../../../shared/errors';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';

interface CsvImportDialogProps {
  onClose: () => void;
  /** How many were imported, and the spreadsheet rows skipped (when the user chose to skip bad rows). */
  onImported: (count: number, skippedRows: number[]) => Promise<void>;
}

type Preview = MethodOutput<'activities:previewCsv'>;

/** Past activities from a spreadsheet: pick the file, map its columns, see each row's errors, import all. */
export function CsvImportDialog({ onClose, onImported }: CsvImportDialogProps) {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);

  async function refresh(text: string, mapping?: CsvMapping) {
    const result = await api.activities.previewCsv({ csv: text, ...(mapping ? { mapping } : {}) });
    if (!result.ok) return setError(result.error);
    setError(null);
    setPreview(result.value);
  }

  async function pick(file: File) {
    const text = await file.text();
    setCsv(text);
    setFileName(file.name);
    await refresh(text);
  }

  function remap(field: (typeof CSV_FIELDS)[number], column: string) {
    if (!preview || csv === null) return;
    const mapping: CsvMapping = { ...preview.mapping };
    if (column === '') delete mapping[field];
    else mapping[field] = column;
    void refresh(csv, mapping);
  }

  async function runImport(skipBadRows = false) {
    if (!preview || csv === null) return;
    const result = await api.activities.importCsv({
      csv,
      mapping: preview.mapping,
      ...(skipBadRows ? { skipBadRows } : {}),
    });
    if (!result.ok) return setError(result.error);
    await onImported(
      result.value.imported,
      result.value.skipped.map((r) => r.line),
    );
  }

  const bad = preview?.rows.filter((r) => r.errors.length > 0) ?? [];
  return (
    <Dialog open title="Import activities from a spreadsheet" onClose={onClose} wide>
      <div className="form">
        <label className="field">
          <span>CSV file (save your spreadsheet as CSV)</span>
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void pick(file);
            }}
          />
        </label>
        {preview && (
          <>
            <fieldset className="mapping">
              <legend>Which column holds what (from {fileName})</legend>
              {CSV_FIELDS.map((field) => (
                <label key={field} className="field">
                  <span>{CSV_FIELD_LABELS[field]}</span>
                  <select value={preview.mapping[field] ?? ''} onChange={(e) => remap(field, e.target.value)}>
                    <option value="">— not in the file —</option>
                    {preview.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
            <p className={bad.length > 0 ? 'text-warning' : 'status'} role="status">
              {bad.length > 0
                ? `${preview.valid} rows are ready; ${bad.length} have errors. Fix the mapping (or the file) and import them all, or import the good rows and skip those listed below.`
                : `All ${preview.valid} rows are ready to import.`}
            </p>
            {bad.length > 0 && (
              <table className="table compact">
                <caption>Rows with errors</caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">What is wrong</th>
                  </tr>
                </thead>
                <tbody>
                  {bad.map((r) => (
                    <tr key={r.line}>
                      <th scope="row">{r.line}</th>
                      <td>{r.errors.join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
        <ErrorText error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {preview && bad.length > 0 && preview.valid > 0 && (
            <button type="button" className="button" onClick={() => runImport(true)}>
              Import the {preview.valid} good {preview.valid === 1 ? 'row' : 'rows'}, skip {bad.length}
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={!preview || bad.length > 0 || preview.valid === 0}
            onClick={() => runImport()}
          >
            {preview ? `Import ${preview.valid + bad.length} activities` : 'Import'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
