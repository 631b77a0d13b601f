/** The JSON Schema of the interchange format, generated from its zod schema (docs/data-format.schema.json). */
import { z } from 'zod';
import { InterchangeSchema } from './interchange';

export function interchangeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(InterchangeSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Recert data (recert export-data / recert import)',
  };
}
