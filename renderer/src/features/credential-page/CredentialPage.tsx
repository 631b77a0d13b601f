import type { PageIntent } from '../../model/step-intent';
import { CardUses } from './CardUses';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { Activity, Credential } from '../../../../shared/schemas/entities';
import { ActivityDialog } from '../activities/ActivityDialog';
import { DeleteActivity } from '../activities/DeleteActivity';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { UndoToast, type UndoState } from '../../components/UndoToast';
import type { AppData } from '../../data';
import { formatCredit, formatDate, relativeDays } from '../../format';
import { typeInfo } from '../../type-info';
import { CredentialForm } from '../credentials/CredentialForm';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { CycleDetails } from './CycleDetails';
import { PlanPanel } from '../plan/PlanPanel';
import { ExportPanel } from './ExportPanel';
import { CyclesTable } from './CyclesTable';
import { RenewalForm } from './RenewalForm';
import { RulesPanel } from './RulesPanel';
import { missingProof } from '../../../../shared/domain/report/missing-proof';
import { useFullCycle } from './full-cycle';
import './credential-page.css';

interface CredentialPageProps {
  data: AppData;
  credential: Credential;
  onBack: () => void;
  onChanged: () => Promise<void>;
  announce: (message: string) => void;
  /** What a next step on Home asked for: log an activity, export the packet, record the renewal, edit. */
  intent?: PageIntent | undefined;
  onIntentDone?: () => void;
}

/** One credential: where it stands this cycle, its past and next cycles, its rules and sources. */
export function CredentialPage({
  data,
  credential,
  onBack,
  onChanged,
  announce,
  intent,
  onIntentDone,
}: CredentialPageProps) {
  const e = data.report.evaluations.find((x) => x.credentialId === credential.id);
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState(intent === 'edit');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [undo, setUndo] = useState<UndoState | null>(null);
  // The activity dialog, opened from "What counts" or "Log an activity for this credential".
  const [activity, setActivity] = useState<string | null>(intent === 'log' ? 'new' : null);
  const [deletingActivity, setDeletingActivity] = useState<Activity | null>(null);
  const closeUndo = useCallback(() => setUndo(null), [setUndo]);
  // Opened from the keyboard (or anywhere): focus starts at its heading, not at the page's top.
  const heading = useRef<HTMLHeadingElement>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // A next step's intent is taken when the page opens (logging and editing start open, above).
  useEffect(() => {
    if (intent === 'log' || intent === 'edit') onIntentDone?.();
    // "Open the plan": the plan's heading, in view and focused.
    if (intent === 'plan' && planHeading.current) {
      planHeading.current.scrollIntoView({ block: 'start' });
      planHeading.current.focus();
      onIntentDone?.();
    }
  }, [intent, onIntentDone]);
  const index = e ? (selected ?? e.currentIndex ?? 0) : 0;
  const cycle = e?.cycles[index];
  const full = useFullCycle(credential.id, cycle, data.report);
  if (!e) return null;
  const info = typeInfo(credential.typeId, data.customTypes);
  // Another cycle's contributions (what may lack proof) come when it is shown.
  const fullCycle = full.cycle;

  const changed = async (message: string) => {
    announce(message);
    await onChanged();
  };

  async function remove() {
    const result = await api.credentials.remove({ id: credential.id });
    setDeleting(false);
    if (!result.ok) return setError(result.error);
    announce(`Deleted ${e?.code ?? 'the credential'}.`);
    await onChanged();
    onBack();
  }

  return (
    <>
      <nav aria-label="Breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          ← All credentials
        </button>
      </nav>
      <section className="card" aria-labelledby="credential-heading">
        <div className="card-header">
          <div>
            <h2 id="credential-heading" ref={heading} tabIndex={-1}>
              <span className="code">{e.code}</span> {e.code === e.name ? '' : e.name}
            </h2>
            <p className="muted">
              {e.bodyName}
              {credential.number && (
                <>
                  {' '}
                  · <span className="nowrap">No. {credential.number}</span>
                </>
              )}{' '}
              · {e.kind === 'cpr' ? 'issued' : e.kind === 'specialization' ? 'completed' : 'certified'}{' '}
              {formatDate(credential.issuedOn)}
            </p>
          </div>
          <div className="header-actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => setDeleting(true)}>
              Delete
            </button>
          </div>
        </div>
        <ErrorText error={error} />
        {e.warnings.map((w) => (
          <p key={w} className="warning-line">
            {w}
          </p>
        ))}
        {e.card && (
          <p className="figure-line">
            {e.card.status === 'expired' ? 'Expired on' : 'Valid until'} {formatDate(e.card.validUntil)} (
            {relativeDays(e.card.daysLeft)})
          </p>
        )}
        {e.card && <CardUses card={e} credential={credential} data={data} />}
        {e.kind === 'specialization' && (
          <p className="figure-line">
            Does not expire.
            {e.countsToward
              .map((t) => ` Counts ${formatCredit(t.amount, e)} toward ${t.code} in the cycle it was completed in.`)
              .join('')}
          </p>
        )}
        {e.coveredBy && <p className="hint">Renewing your highest {e.bodyCode} credential renews this one too.</p>}
        {cycle && (
          <>
            <h3 className="section-title">{index === e.currentIndex ? 'This cycle' : 'Cycle'}</h3>
            <CycleDetails e={e} cycle={cycle} version={data.report} onOpenActivity={(id) => setActivity(id)} />
            {e.kind === 'certification' && (
              <p>
                <button type="button" className="button button-small" onClick={() => setActivity('new')}>
                  Log an activity for this credential
                </button>
              </p>
            )}
            <ExportPanel
              key={cycle.end}
              credentialId={credential.id}
              cycleEnd={cycle.end}
              missing={fullCycle ? missingProof(fullCycle, data.attachments) : null}
              holderName={data.profile.name}
              onProfileChanged={onChanged}
              {...(intent === 'export-packet' ? { startWith: 'packet' as const, onStarted: onIntentDone } : {})}
            />
            <RenewalForm
              key={`${cycle.end}-${cycle.renewal?.id ?? ''}`}
              credentialId={credential.id}
              code={e.code}
              cycle={cycle}
              next={e.cycles[index + 1]}
              today={data.today}
              focusOnOpen={intent === 'renew'}
              onDone={changed}
              onRecorded={setUndo}
            />
            <CyclesTable e={e} selected={index} onSelect={setSelected} />
          </>
        )}
      </section>
      {e.kind === 'certification' && e.cycles.length > 0 && (
        <section className="card" aria-labelledby="plan-heading">
          <h3 id="plan-heading" className="section-title" ref={planHeading} tabIndex={-1}>
            Renewal plan
          </h3>
          <PlanPanel credentialId={credential.id} version={data.report} onKept={changed} />
        </section>
      )}
      <section className="card">
        <AttachmentsPanel
          data={data}
          ownerType="credential"
          ownerId={credential.id}
          roles={e.kind === 'cpr' ? ['card_front', 'card_back'] : ['certificate']}
          onChanged={onChanged}
        />
      </section>
      <RulesPanel key={JSON.stringify(credential.overrides)} e={e} credential={credential} onChanged={changed} />

      <Dialog open={editing} title="Edit credential" onClose={() => setEditing(false)}>
        {editing && (
          <CredentialForm
            typeId={credential.typeId}
            typeLabel={info.label}
            kind={info.kind}
            initial={credential}
            submitLabel="Save changes"
            onSubmit={(fields) => api.credentials.update({ id: credential.id, fields })}
            onCancel={() => setEditing(false)}
            onDone={async () => {
              setEditing(false);
              await changed('Credential saved.');
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting}
        title="Delete this credential?"
        message={`${e.code} will be removed from Recert, with its recorded renewals. Activities stay, but no longer count toward it. This cannot be undone.`}
        confirmLabel="Delete credential"
        onConfirm={remove}
        onCancel={() => setDeleting(false)}
      />
      {activity !== null && (
        <ActivityDialog
          key={activity}
          data={data}
          activity={activity === 'new' ? null : (data.activities.find((a) => a.id === activity) ?? null)}
          forCredentialId={credential.id}
          onClose={() => setActivity(null)}
          onChanged={onChanged}
          onDelete={(a) => setDeletingActivity(a)}
        />
      )}
      <DeleteActivity
        activity={deletingActivity}
        onCancel={() => setDeletingActivity(null)}
        announce={announce}
        onChanged={onChanged}
        onDeleted={async (next) => {
          setDeletingActivity(null);
          setActivity(null);
          setUndo(next);
          await onChanged();
        }}
      />
      <UndoToast state={undo} onClose={closeUndo} />
    </>
  );
}
