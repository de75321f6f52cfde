import path from 'node:path';
import { languageFlag, parseFlags, required } from '../args';
import { openWorkspace, writeOutputFile, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { EXIT_FOUND_PROBLEMS, usageError } from '../errors';
import { line } from '../language';

const FLAGS = {
  db: { type: 'string' },
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  customer: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * `audit verify [--db FILE] [--json]`: recomputes the audit trail's hash chain and says whether it
 * is intact or names the first entry changed, removed or added outside the app (exit code 3).
 * `audit export --customer ID [--format pdf|json] --out DIR [--lang en|zh]`: the customer's case file.
 */
export async function auditCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'verify' && action !== 'export') throw usageError('cli.unknownCommand', { name: `audit ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, FLAGS);
  const format = values.format ?? 'pdf';
  if (action === 'export' && format !== 'pdf' && format !== 'json') throw usageError('cli.badFormat', { formats: 'pdf, json' });
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    if (action === 'export') {
      const customerId = required(values.customer, 'customer');
      const out = required(values.out, 'out');
      const language = languageFlag(values.lang, ctx.language);
      const { file } = await backend.api['audit.caseFile']({ customerId, format: format as 'pdf' | 'json', language });
      const target = path.join(out, file.name);
      writeOutputFile(target, file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
      ctx.stdout.write(line(ctx.language, 'cli.caseFileWritten', { customerId, file: target }));
      return 0;
    }
    const verdict = await backend.api['audit.verify']({});
    if (values.json) {
      ctx.stdout.write(JSON.stringify({ intact: verdict.intact, entries: verdict.entries, broken_at: verdict.brokenAt }) + '\n');
    } else {
      (verdict.intact ? ctx.stdout : ctx.stderr).write(verdict.message[ctx.language] + '\n');
    }
    return verdict.intact ? 0 : EXIT_FOUND_PROBLEMS;
  } finally {
    backend.close();
  }
}
