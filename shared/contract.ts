/**
 * The one contract between the page and the core: one entry per method, named
 * `area:verb`, each with a schema for its single object argument and for its result.
 * The main process's handler map, the preload's named methods, the browser host and
 * the renderer's client are all typed (and validated) from this table.
 */
import { z } from 'zod';
import { CredentialFieldsSchema, CredentialSchema, NoticeSchema, ProfileSchema } from './schemas/entities';
import { identifier } from './schemas/fields';

const NoInput = z.object({}).strict();

/** The contract table. */
export const contract = {
  'app:status': {
    input: NoInput,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      notices: z.array(NoticeSchema),
    }),
  },
  'app:dismissNotice': {
    input: z.object({ id: identifier('Notice') }).strict(),
    output: z.object({ notices: z.array(NoticeSchema) }),
  },
  'profile:get': {
    input: NoInput,
    output: ProfileSchema,
  },
  'profile:update': {
    input: ProfileSchema.strict(),
    output: ProfileSchema,
  },
  'credentials:list': {
    input: NoInput,
    output: z.array(CredentialSchema),
  },
  'credentials:add': {
    input: CredentialFieldsSchema,
    output: CredentialSchema,
  },
  'credentials:update': {
    input: z.object({ id: identifier('Credential'), fields: CredentialFieldsSchema }).strict(),
    output: CredentialSchema,
  },
  'credentials:remove': {
    input: z.object({ id: identifier('Credential') }).strict(),
    output: z.object({ id: z.string() }),
  },
} as const;

/** The contract's type. */
export type Contract = typeof contract;
/** Every method name, e.g. `credentials:add`. */
export type Method = keyof Contract;
/** What a caller passes to `method` (before defaults are applied). */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives for `method` (after parsing). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
/** What `method` answers with. */
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

/** Every method name, in table order. */
export const METHODS = Object.keys(contract) as Method[];

/** True when `name` is one of the contract's methods. */
export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
