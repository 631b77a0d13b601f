/** Writes docs/data-format.schema.json from the zod schemas (a unit test checks it is current). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { interchangeJsonSchema } from '../shared/schemas/interchange-json-schema';

const file = path.resolve(import.meta.dirname, '../docs/data-format.schema.json');
writeFileSync(file, `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${file}`);
