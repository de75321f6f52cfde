import { ZodError } from 'zod';
import { contract, type Handlers, type MethodName } from './contract';
import { errorEnvelope, type Envelope } from './envelope';
import { AppError } from './errors';

/**
 * The one dispatch path shared by IPC, HTTP and tests: check the name, parse the input with the
 * contract, run the handler, wrap the result. Input never reaches a handler unparsed.
 */
export async function dispatch(handlers: Handlers, name: string, raw: unknown): Promise<Envelope<unknown>> {
  try {
    if (!Object.hasOwn(contract.methods, name)) {
      throw new AppError('not_found', { en: `Unknown action "${name}".`, zh: `未知的操作“${name}”。` });
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
    throw new AppError('bad_input', {
      en: `The request was not valid (${where}).`,
      zh: `请求内容无效（${where}）。`,
    }, error.issues);
  }
}
