import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { REPORT_KIND_NAMES, REPORT_KINDS, type ReportKind } from '../../../../shared/export-kinds';
import type { AppErrorInfo } from '../../../../shared/errors';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCommand } from '../../command-bus';
import { NamePrompt, shouldAskName } from './NamePrompt';
import { ErrorText } from '../../components/ErrorText';
import { missingProofText, type MissingProof } from '../../../../shared/domain/report/missing-proof';
import { finishDelivery } from '../../download';

type Kind = ReportKind;
type Result = MethodOutput<'reports:export'>;

const LABEL: Record<Kind, string> = Object.fromEntries(
  REPORT_KIND_NAMES.map((k) => [k, REPORT_KINDS[k].button]),
) as Record<Kind, string>;

/** Exports for one cycle: the PDF summary, the packet with every certificate, or the original files. */
export function ExportPanel({
  credentialId,
  cycleEnd,
  missing,
  holderName,
  onProfileChanged,
  startWith,
  onStarted,
}: {
  /** The holder's name as saved: none yet, and the export asks for it once. */
  holderName: string;
  onProfileChanged: () => Promise<void>;
  credentialId: string;
  cycleEnd: string;
  /** What the cycle claims with no file attached: the packet export asks about it first (null: still being read). */
  missing: readonly MissingProof[] | null;
  /** Start this export as soon as the cycle is read (a next step's "Export packet"). */
  startWith?: Kind;
  onStarted?: (() => void) | undefined;
}) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [asking, setAsking] = useState(false);
  const [askingName, setAskingName] = useState<Kind | null>(null);

  useCommand('export-summary', () => start('summary'));
  const started = useRef(false);
  useEffect(() => {
    if (!startWith || started.current || missing === null) return;
    started.current = true;
    start(startWith);
    onStarted?.();
  });

  // First the holder's name (once), then for a packet what proof is missing, then the export.
  function start(kind: Kind, nameSettled = false) {
    if (!nameSettled && kind !== 'zip' && shouldAskName(holderName)) return setAskingName(kind);
    if (kind === 'packet' && missing === null)
      return setError({ code: 'conflict', message: 'Recert is still reading this cycle. Try again in a moment.' });
    if (kind === 'packet' && (missing?.length ?? 0) > 0) return setAsking(true);
    void run(kind);
  }

  async function run(kind: Kind) {
    setBusy(kind);
    setResult(null);
    const answer = await api.reports.export({ credentialId, cycle: cycleEnd, kind });
    setBusy(null);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    try {
      await finishDelivery(answer.value);
      setResult(answer.value);
    } catch (failed) {
      setError({ code: 'internal', message: (failed as Error).message });
    }
  }

  async function reveal(action: 'open' | 'folder') {
    if (!result?.savedTo) return;
    const answer = await api.reports.reveal({ path: result.savedTo, action });
    if (!answer.ok) setError(answer.error);
  }

  return (
    <div className="exports" aria-labelledby="exports-heading">
      <h3 id="exports-heading">Export for renewal</h3>
      <div className="header-actions">
        {(Object.keys(LABEL) as Kind[]).map((kind) => (
          <button
            key={kind}
            type="button"
            className={kind === 'packet' ? 'button button-primary' : 'button'}
            disabled={busy !== null}
            onClick={() => start(kind)}
          >
            {busy === kind ? 'Preparing…' : LABEL[kind]}
          </button>
        ))}
      </div>
      <ErrorText error={error} />
      <NamePrompt
        open={askingName !== null}
        onCancel={() => setAskingName(null)}
        onDone={async () => {
          const kind = askingName;
          setAskingName(null);
          await onProfileChanged();
          if (kind) start(kind, true);
        }}
      />
      <ConfirmDialog
        open={asking}
        title="Some proof is missing"
        message={`In this cycle, ${missingProofText(missing ?? [])}: ${(missing ?? []).map((m) => m.title).join('; ')}. The packet's index will list them as missing. Export it anyway, or attach them first?`}
        cancelLabel="Attach them first"
        confirmLabel="Export the packet anyway"
        tone="primary"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void run('packet');
        }}
      />
      {result && (
        <div className="status" role="status">
          {result.savedTo === null ? (
            <p>Not saved.</p>
          ) : result.savedTo ? (
            <p>
              Saved {result.fileName}.{' '}
              <button type="button" className="link-button" onClick={() => reveal('open')}>
                Open
              </button>{' '}
              ·{' '}
              <button type="button" className="link-button" onClick={() => reveal('folder')}>
                Show in folder
              </button>
            </p>
          ) : (
            <p>Downloaded {result.fileName}.</p>
          )}
          {result.problems.length > 0 && (
            <ul className="warnings">
              {result.problems.map((p) => (
                <li key={p.ref}>
                  {p.ref} “{p.name}” is listed in the index but not included: {p.problem}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
