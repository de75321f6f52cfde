import type { z } from 'zod';
import { message } from '../../../shared/i18n';
import type { RowReader } from './row-reader';

/**
 * The last check of a row: the domain's zod schema. Our cell parsers should already have caught
 * everything it would, so a failure here is reported against the closest column with zod's reason.
 */
export function schemaGate<S extends z.ZodType>(
  reader: RowReader,
  schema: S,
  candidate: unknown,
  paths: Record<string, string>,
): z.output<S> | undefined {
  const result = schema.safeParse(candidate);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const top = String(issue.path[0] ?? '');
    const field = paths[top] ?? '*';
    const column = field === '*' ? message('importProblem.thisRow') : reader.label(field);
    reader.fail(field, message('importProblem.notAccepted', { column, reason: issue.message }));
  }
  return undefined;
}
