import type { ReactNode } from 'react';
import { findCredentialType } from '../../../../shared/domain/catalog/catalog';
import { LIMITS } from '../../../../shared/limits';
import type { Activity } from '../../../../shared/schemas/entities';
import { alreadyHave } from '../../model/already-have';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import type { AppData } from '../../data';
import { fieldMatcher } from '../../forms';
import { formatDate } from '../../format';
import { AllocationsEditor } from '../activities/AllocationsEditor';
import { SourceMark } from './SourceMark';
import { FilePreview } from './FilePreview';
import { missingIn, UNSURE_BELOW, type DraftField, type ReviewDraft } from '../../model/review-drafts';
import type { ReadItem } from './use-reading-queue';

interface ReviewCardProps {
  item: ReadItem;
  data: AppData;
  onDraft: (draft: ReviewDraft) => void;
  onConfirm: () => void;
  onDiscard: () => void;
  /** "It's the same course": attach the file to the activity it repeats. */
  onSameCourse: (activity: Activity) => void;
  onCancel: () => void;
}

const CARD_TYPES = ['cpr-aha', 'cpr-arc'] as const;

/** One certificate: its picture beside the entry Recert proposes, each filled field marked; nothing saved until confirmed. */
export function ReviewCard({ item, data, onDraft, onConfirm, onDiscard, onSameCourse, onCancel }: ReviewCardProps) {
  const { draft, origins, reading } = item;
  const headingId = `review-${item.key}`;
  const evaluations = new Map(data.report.evaluations.map((e) => [e.credentialId, e]));
  const invalid = fieldMatcher(item.error ?? null);
  const set = (patch: Partial<ReviewDraft>) => draft && onDraft({ ...draft, ...patch });
  const repeat = item.status === 'ready' ? alreadyHave(item, data.activities) : null;

  /** A form field with its mark: highlighted when the reading is unsure of it. */
  const sourced = (field: DraftField, control: ReactNode) => {
    const o = origins?.[field];
    return (
      <div className={`sourced${o && o.confidence < UNSURE_BELOW ? ' sourced-unsure' : ''}`}>
        {control}
        <SourceMark origin={o} />
      </div>
    );
  };

  const status =
    item.status === 'waiting'
      ? 'Waiting to be read'
      : item.status === 'reading'
        ? `Reading… ${Math.round(item.fraction * 100)}%`
        : item.status === 'saved'
          ? 'Saved'
          : item.status === 'cancelled'
            ? 'Not read (cancelled)'
            : item.status === 'failed'
              ? 'Could not be read'
              : reading?.method === 'ocr'
                ? 'Read from the picture'
                : 'Read from its text';
  const missing = draft ? missingIn(draft) : null;

  return (
    <article className="card review-card" aria-labelledby={headingId} data-status={item.status}>
      <header className="review-card-header">
        <h3 id={headingId}>{item.file.name}</h3>
        <span className="review-status" role="status">
          {status}
        </span>
      </header>
      <div className="review-body">
        <FilePreview file={item.file} />
        <div className="review-form">
          {(item.status === 'waiting' || item.status === 'reading') && (
            <div className="review-reading">
              <progress
                max={1}
                value={item.status === 'reading' ? item.fraction : undefined}
                aria-label={`Reading ${item.file.name}`}
              />
              <button type="button" className="button" onClick={onCancel}>
                {item.status === 'reading' ? 'Cancel reading' : 'Remove'}
              </button>
            </div>
          )}
          {item.status === 'saved' && <p className="ok-line">{item.savedText}</p>}
          {(item.status === 'failed' || item.status === 'cancelled') && (
            <>
              <ErrorText error={item.error ?? null} />
              <button type="button" className="button" onClick={onDiscard}>
                Remove
              </button>
            </>
          )}
          {draft && (item.status === 'ready' || item.status === 'saving') && (
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                onConfirm();
              }}
            >
              {reading?.notes.map((n) => (
                <p key={n} className="muted">
                  {n}
                </p>
              ))}
              {reading?.proposal.warnings.map((w) => (
                <p key={w} className="warning-line">
                  {w}
                </p>
              ))}
              {origins?.holder && (
                <p className="muted review-holder">
                  Made out to <strong>{reading?.proposal.holder?.value}</strong> <SourceMark origin={origins.holder} />
                </p>
              )}
              {draft.kind === 'card' ? (
                <>
                  <label className="field">
                    <span>Card</span>
                    <select
                      value={draft.replacesId || draft.cardTypeId}
                      onChange={(e) => {
                        const replacing = data.credentials.find((c) => c.id === e.target.value);
                        set(replacing ? { replacesId: replacing.id } : { replacesId: '', cardTypeId: e.target.value });
                      }}
                    >
                      {data.credentials
                        .filter((c) => findCredentialType(c.typeId)?.kind === 'cpr')
                        .map((c) => (
                          <option key={c.id} value={c.id}>
                            Update my {findCredentialType(c.typeId)?.code} (valid through {formatDate(c.expiresOn)})
                          </option>
                        ))}
                      {CARD_TYPES.map((t) => (
                        <option key={t} value={t}>
                          Add a new {findCredentialType(t)?.code} card
                        </option>
                      ))}
                    </select>
                  </label>
                  <div className="field-pair">
                    {sourced(
                      'issuedOn',
                      <TextField
                        label="Issued on"
                        type="date"
                        value={draft.issuedOn}
                        onValue={(v) => set({ issuedOn: v })}
                        invalid={invalid('issuedOn')}
                      />,
                    )}
                    {sourced(
                      'expiresOn',
                      <TextField
                        label="Valid through"
                        type="date"
                        value={draft.expiresOn}
                        onValue={(v) => set({ expiresOn: v })}
                        invalid={invalid('expiresOn')}
                      />,
                    )}
                  </div>
                  {sourced('provider', <p className="muted">Training provider: {draft.provider || 'not read'}</p>)}
                </>
              ) : (
                <>
                  {sourced(
                    'title',
                    <TextField
                      label="Title"
                      value={draft.title}
                      onValue={(v) => set({ title: v })}
                      maxLength={240}
                      invalid={invalid('title')}
                    />,
                  )}
                  <div className="field-pair">
                    {sourced(
                      'provider',
                      <TextField
                        label="Provider"
                        value={draft.provider}
                        onValue={(v) => set({ provider: v })}
                        maxLength={LIMITS.shortText}
                        invalid={invalid('provider')}
                      />,
                    )}
                    {sourced(
                      'code',
                      <TextField
                        label="Course or approval code"
                        value={draft.code}
                        onValue={(v) => set({ code: v })}
                        maxLength={LIMITS.number}
                        invalid={invalid('code')}
                      />,
                    )}
                  </div>
                  <div className="field-pair">
                    {sourced(
                      'completedOn',
                      <TextField
                        label="Completed on"
                        type="date"
                        value={draft.completedOn}
                        onValue={(v) => set({ completedOn: v })}
                        invalid={invalid('completedOn')}
                      />,
                    )}
                    {sourced(
                      'hours',
                      <TextField
                        label="Contact hours"
                        inputMode="decimal"
                        value={draft.hours}
                        onValue={(v) => set({ hours: v })}
                        invalid={invalid('contactMinutes')}
                      />,
                    )}
                  </div>
                  <AllocationsEditor
                    drafts={draft.allocations}
                    evaluations={evaluations}
                    invalidField={item.error?.field}
                    onChange={(allocations) => set({ allocations })}
                  />
                  {Object.keys(origins?.allocations ?? {}).length > 0 && (
                    <ul className="review-sources muted" aria-label="Credits as the certificate states them">
                      {Object.entries(origins?.allocations ?? {}).map(([credentialId, o]) => (
                        <li key={credentialId} className={o.confidence < UNSURE_BELOW ? 'sourced-unsure' : undefined}>
                          {evaluations.get(credentialId)?.code}: {o.source}
                          {o.confidence < UNSURE_BELOW ? ' (check this)' : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
              <ErrorText error={item.error ?? null} />
              {repeat && (
                <div className="warning-line same-course" role="group" aria-label="Already have this?">
                  <p>{repeat.text} Confirm all skips this card until you say which it is.</p>
                  <div className="form-actions">
                    {repeat.activity && (
                      <button type="button" className="button" onClick={() => onSameCourse(repeat.activity!)}>
                        It’s the same course: attach this file to it
                      </button>
                    )}
                    <button type="button" className="button" onClick={() => set({ separateCourse: true })}>
                      It’s another course
                    </button>
                  </div>
                </div>
              )}
              <div className="form-actions">
                {missing && <span className="muted">{missing}</span>}
                <button type="button" className="button" onClick={onDiscard}>
                  Discard
                </button>
                <button
                  type="submit"
                  className="button button-primary"
                  disabled={item.status === 'saving' || missing !== null || repeat !== null}
                >
                  {draft.kind === 'card' ? 'Confirm card' : 'Confirm activity'}
                </button>
              </div>
            </form>
          )}
        </div>
      </div>
    </article>
  );
}
