/** A credential type's label and kind, for a catalog id or one of the user's custom types. */
import { findBody, findCredentialType } from '../../shared/domain/catalog/catalog';
import type { CredentialKind } from '../../shared/domain/catalog/types';
import { CUSTOM_PREFIX } from '../../shared/domain/rules/effective-type';
import type { CustomType } from '../../shared/schemas/entities';

export interface TypeInfo {
  typeId: string;
  label: string;
  kind: CredentialKind;
}

export function typeInfo(typeId: string, customTypes: readonly CustomType[]): TypeInfo {
  if (typeId.startsWith(CUSTOM_PREFIX)) {
    const custom = customTypes.find((c) => `${CUSTOM_PREFIX}${c.id}` === typeId);
    return {
      typeId,
      label: custom ? `${custom.bodyName} ${custom.name}` : 'Unknown type',
      kind: custom?.kind ?? 'certification',
    };
  }
  const type = findCredentialType(typeId);
  if (!type) return { typeId, label: 'Unknown type', kind: 'certification' };
  return { typeId, label: `${type.code}: ${type.name} (${findBody(type.bodyId)?.name ?? ''})`, kind: type.kind };
}
