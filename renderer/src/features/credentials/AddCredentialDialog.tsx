import { useLeaveGuard } from '../../leave-guard';
import { useState } from 'react';
import type { Credential, CustomType } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { typeInfo, type TypeInfo } from '../../type-info';
import { CatalogSearch } from './CatalogSearch';
import { CredentialForm } from './CredentialForm';
import { CustomTypeForm } from './CustomTypeForm';
import './credentials.css';

interface AddCredentialDialogProps {
  open: boolean;
  customTypes: readonly CustomType[];
  /** What the user already has (to notice the same credential added twice). */
  credentials: readonly Credential[];
  onClose: () => void;
  onAdded: (credential: Credential) => void;
}

type Step = { kind: 'search' } | { kind: 'custom' } | { kind: 'details'; type: TypeInfo };

/** Adding a credential: pick a type from the catalog (or define one), then enter its details. */
export function AddCredentialDialog({ open, customTypes, credentials, onClose, onAdded }: AddCredentialDialogProps) {
  const [step, setStep] = useState<Step>({ kind: 'search' });
  const [asking, setAsking] = useState(false);

  function closeNow() {
    setAsking(false);
    setStep({ kind: 'search' });
    onClose();
  }
  // Escape or Cancel once a type is picked (or a custom type begun) asks first, as the activity form does.
  const close = () => (step.kind === 'search' ? closeNow() : setAsking(true));
  // A reload or closing the window once a type is picked asks too.
  useLeaveGuard(open && step.kind !== 'search');

  const title = step.kind === 'custom' ? 'Define your own credential type' : 'Add a credential';
  return (
    <Dialog open={open} title={title} onClose={close} wide>
      {step.kind === 'search' && (
        <CatalogSearch
          onPick={(type) => setStep({ kind: 'details', type: typeInfo(type.id, customTypes) })}
          onCustom={() => setStep({ kind: 'custom' })}
        />
      )}
      {step.kind === 'search' && (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      )}
      {step.kind === 'custom' && (
        <CustomTypeForm
          onCancel={() => setStep({ kind: 'search' })}
          onCreated={(created) =>
            setStep({ kind: 'details', type: typeInfo(`custom:${created.id}`, [...customTypes, created]) })
          }
        />
      )}
      {step.kind === 'details' && (
        <CredentialForm
          typeId={step.type.typeId}
          typeLabel={step.type.label}
          kind={step.type.kind}
          submitLabel="Add credential"
          others={credentials}
          onSubmit={(fields) => api.credentials.add(fields)}
          onCancel={() => setStep({ kind: 'search' })}
          onDone={(credential) => {
            setStep({ kind: 'search' });
            onAdded(credential);
          }}
        />
      )}
      <ConfirmDialog
        open={asking}
        title="Discard this credential?"
        message="What you entered has not been saved and will be lost."
        cancelLabel="Keep editing"
        confirmLabel="Discard"
        onCancel={() => setAsking(false)}
        onConfirm={closeNow}
      />
    </Dialog>
  );
}
