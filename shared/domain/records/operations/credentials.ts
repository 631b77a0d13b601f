/** Adding, changing and removing a credential, as pure operations on the records. */
import { AppError } from '../../../errors';
import type { Attachment, Credential, CredentialFields } from '../../../schemas/entities';
import { credentialProblem } from '../credential-rules';
import type { Outcome, Records, Stamp } from './types';

const notFound = () =>
  new AppError('not_found', 'That credential no longer exists. It may have been deleted; reload the list.', 'id');

function check(doc: Records, fields: CredentialFields, prefix = '', id?: string): void {
  const problem = credentialProblem({ ...fields, ...(id ? { id } : {}) }, doc);
  if (problem) throw new AppError('invalid_input', problem.message, `${prefix}${problem.field}`);
}

/** Copies the typed fields onto a record, dropping an expiry the user cleared. */
function withFields(base: Pick<Credential, 'id' | 'createdAt' | 'updatedAt'>, fields: CredentialFields): Credential {
  const { expiresOn, ...rest } = fields;
  return expiresOn === undefined ? { ...base, ...rest } : { ...base, ...rest, expiresOn };
}

export function addCredential<D extends Records>(
  doc: D,
  fields: CredentialFields,
  stamp: Stamp,
): Outcome<D, Credential> {
  check(doc, fields);
  const credential = withFields({ id: stamp.newId(), createdAt: stamp.now, updatedAt: stamp.now }, fields);
  return { doc: { ...doc, credentials: [...doc.credentials, credential] }, result: credential };
}

export function updateCredential<D extends Records>(
  doc: D,
  id: string,
  fields: CredentialFields,
  stamp: Stamp,
): Outcome<D, Credential> {
  const current = doc.credentials.find((c) => c.id === id);
  if (!current) throw notFound();
  check(doc, fields, 'fields.', id);
  const updated = withFields({ id, createdAt: current.createdAt, updatedAt: stamp.now }, fields);
  return { doc: { ...doc, credentials: doc.credentials.map((c) => (c.id === id ? updated : c)) }, result: updated };
}

/**
 * Removes the credential with its renewals and the shares of activities allocated to it (the
 * activities stay); its attachments' records go too (their files are the caller's to release).
 */
export function removeCredential<D extends Records>(doc: D, id: string): Outcome<D, Attachment[]> {
  if (!doc.credentials.some((c) => c.id === id)) throw notFound();
  const attachments = doc.attachments.filter((a) => a.ownerType === 'credential' && a.ownerId === id);
  const activities = doc.activities.map((a) =>
    a.allocations.some((x) => x.credentialId === id)
      ? { ...a, allocations: a.allocations.filter((x) => x.credentialId !== id) }
      : a,
  );
  return {
    doc: {
      ...doc,
      credentials: doc.credentials.filter((c) => c.id !== id),
      renewals: doc.renewals.filter((r) => r.credentialId !== id),
      activities,
      attachments: doc.attachments.filter((a) => !attachments.includes(a)),
    },
    result: attachments,
  };
}
