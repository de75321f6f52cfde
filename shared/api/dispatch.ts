import { ZodError } from 'zod';
import { contract, type Handlers, type MethodName } from './contract';
import { errorEnvelope, type Envelope } from './envelope';
import { AppError } from './errors';
import { message } from '../i18n';

/**
 * The one dispatch path shared by IPC, HTTP and tests: check the name, parse the input with the
 * contract, run the handler, wrap the result. Input never reaches a handler unparsed.
 */
export async function dispatch(handlers: Handlers, name: string, raw: unknown): Promise<Envelope<unknown>> {
  try {
    if (!Object.hasOwn(contract.methods, name)) {
      throw new AppError('not_found', message('api.unknownAction', { name }));
    }
    const method = name as MethodName;
    const input = parseInput(method, raw);
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(input) };
  } catch (error) {
    return errorEnvelope(error);
  }
}

function parseInput(method: MethodName, raw: unknown): unknown {
  try {
    return contract.methods[method].input.parse(raw ?? {});
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const where = error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    throw new AppError('bad_input', message('api.invalidRequest', { where }), error.issues);
  }
}
