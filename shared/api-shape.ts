/**
 * The shape of `window.api`: one object per area, one named function per verb
 * (`api.credentials.add(input)`), built from the contract table. The preload builds it
 * over IPC and the renderer builds the same shape over HTTP, so both are one type.
 */
import type { Contract, Method, MethodInput, MethodOutput } from './contract';
import { METHOD_NAMES } from './methods';
import type { Result } from './errors';

type AreaOf<M extends string> = M extends `${infer A}:${string}` ? A : never;
type VerbOf<M extends string, A extends string> = M extends `${A}:${infer V}` ? V : never;

/** The API the page uses. */
export type Api = {
  [A in AreaOf<Method>]: {
    [V in VerbOf<Method, A>]: `${A}:${V}` extends infer M extends Method
      ? (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
      : never;
  };
};

/** Sends one call to the core; the transport (IPC or HTTP) provides it. */
export type Transport = (method: Method, input: unknown) => Promise<Result<unknown>>;

/** Builds the named-method API over a transport. Only contract methods exist on it. */
export function buildApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of METHOD_NAMES) {
    const [area, verb] = method.split(':') as [string, string];
    api[area] ??= {};
    api[area][verb] = (input: unknown) => transport(method, input ?? {});
  }
  return api as unknown as Api;
}

/** The areas of the contract (`app`, `profile`, `credentials`…), in table order. */
export function contractAreas(): string[] {
  return [...new Set(METHOD_NAMES.map((m) => m.split(':')[0] as string))];
}

export type { Contract };
