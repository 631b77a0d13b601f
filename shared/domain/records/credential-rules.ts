/** What a credential must satisfy beyond its schema: a type the catalog or the user defines. */
import { findCredentialType } from '../catalog/catalog';
import { CUSTOM_PREFIX } from '../rules/effective-type';
import type { CustomType } from '../../schemas/entities';

/** True when `typeId` is in the catalog or is one of the user's custom types. */
export function isKnownType(doc: { customTypes: readonly CustomType[] }, typeId: string): boolean {
  return typeId.startsWith(CUSTOM_PREFIX)
    ? doc.customTypes.some((t) => `${CUSTOM_PREFIX}${t.id}` === typeId)
    : findCredentialType(typeId) !== undefined;
}
