/**
 * What a credential must satisfy beyond its schema: a type the catalog or the user defines, and
 * not the same credential twice (one number of one type is one credential).
 */
import { formatLongDate } from '../calendar-date';
import { findCredentialType } from '../catalog/catalog';
import { CUSTOM_PREFIX } from '../rules/effective-type';
import type { Credential, CustomType } from '../../schemas/entities';
import type { RecordProblem } from './activity-rules';

/** True when `typeId` is in the catalog or is one of the user's custom types. */
export function isKnownType(doc: { customTypes: readonly CustomType[] }, typeId: string): boolean {
  return typeId.startsWith(CUSTOM_PREFIX)
    ? doc.customTypes.some((t) => `${CUSTOM_PREFIX}${t.id}` === typeId)
    : findCredentialType(typeId) !== undefined;
}

const sameNumber = (a: string | undefined, b: string | undefined) =>
  Boolean(a?.trim()) && a?.trim().toLowerCase() === b?.trim().toLowerCase();

/**
 * The first problem of `credential` among `others` (the user's other credentials): an unknown type,
 * or the same number as another credential of the same type.
 */
export function credentialProblem(
  credential: Pick<Credential, 'typeId' | 'number'> & { id?: string },
  doc: { customTypes: readonly CustomType[]; credentials: readonly Credential[] },
): RecordProblem | null {
  if (!isKnownType(doc, credential.typeId))
    return {
      field: 'typeId',
      message: `Credential type: "${credential.typeId}" is not in the catalog. Choose a type from the catalog, or define your own.`,
    };
  const twin = doc.credentials.find(
    (c) => c.id !== credential.id && c.typeId === credential.typeId && sameNumber(c.number, credential.number),
  );
  if (twin)
    return {
      field: 'number',
      message: `You already have this credential with number ${twin.number} (from ${formatLongDate(twin.issuedOn)}). Edit that one instead of adding it again.`,
    };
  return null;
}

/** Another credential of the same type from the same date: likely entered twice (a warning, not a refusal). */
export function likelyDuplicate(
  credential: Pick<Credential, 'typeId' | 'issuedOn'> & { id?: string },
  credentials: readonly Credential[],
): Credential | undefined {
  return credentials.find(
    (c) => c.id !== credential.id && c.typeId === credential.typeId && c.issuedOn === credential.issuedOn,
  );
}
