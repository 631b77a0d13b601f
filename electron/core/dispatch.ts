/**
 * The one path from a transport to a handler: look the method up in the contract,
 * parse the argument with its schema, call the handler, and answer with a Result.
 * IPC (electron/ipc.ts) and the browser host (electron/web-host.ts) both use it,
 * so a test through either is a test of the same core.
 */
import type { z } from 'zod';
import { contract, isMethod, type Method } from '../../shared/contract';
import { AppError, INTERNAL_ERROR_MESSAGE, type AppErrorInfo, type Result } from '../../shared/errors';
import { diskFailure } from './disk-words';
import type { HandlerContext, Handlers } from './handlers/context';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

function describeIssue(issue: z.core.$ZodIssue): { message: string; field?: string } {
  const field = issue.path.map(String).join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `Unexpected field: ${issue.keys.join(', ')}.`;
  else if (issue.code === 'invalid_type' && issue.expected === 'object')
    message = 'The request must be an object of named fields.';
  return field ? { message, field } : { message };
}

/**
 * Turns a schema failure into messages for the user, naming the fields: the first as the error,
 * every other field that is wrong (one message each) in `also`, so a form can show them all.
 */
export function describeInvalidInput(error: z.ZodError): AppErrorInfo {
  const [first, ...rest] = error.issues.map(describeIssue);
  if (!first) return { code: 'invalid_input', message: 'The input was not valid.' };
  const seen = new Set([first.field ?? '']);
  const also = rest.filter((i) => !seen.has(i.field ?? '') && seen.add(i.field ?? ''));
  return { code: 'invalid_input', ...first, ...(also.length > 0 ? { also } : {}) };
}

export function createDispatcher(
  table: Handlers,
  ctx: HandlerContext,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): Dispatch {
  return async (method, input) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'not_found', message: `Recert has no operation named "${method}".` } };
    }
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: describeInvalidInput(parsed.error) };
    try {
      const handler = table[method] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toInfo() };
      const disk = diskFailure(error);
      if (disk) return { ok: false, error: disk.toInfo() };
      log(`Unexpected failure in ${method as Method}`, error);
      return { ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } };
    }
  };
}
