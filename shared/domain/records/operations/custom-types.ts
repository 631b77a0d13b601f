/** Adding a credential type the user defines when the catalog lacks theirs, as a pure operation. */
import type { CustomType, CustomTypeFields } from '../../../schemas/entities';
import type { Outcome, Records, Stamp } from './types';

export function addCustomType<D extends Records>(
  doc: D,
  fields: CustomTypeFields,
  stamp: Pick<Stamp, 'newId'>,
): Outcome<D, CustomType> {
  const { cycleMonths, ...rest } = fields;
  const customType: CustomType = { id: stamp.newId(), ...rest, ...(cycleMonths === undefined ? {} : { cycleMonths }) };
  return { doc: { ...doc, customTypes: [...doc.customTypes, customType] }, result: customType };
}
