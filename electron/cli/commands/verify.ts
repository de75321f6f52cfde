import type { LocalDate } from '../../../shared/domain';
import { dateFlag, parseFlags, required } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { openCliBackend } from '../backend';

/**
 * `verify [--db FILE] --code CODE [--date D] [--json] [--lang en|zh]`: the hotline's check of a code a customer
 * reads out. Prints the sentence (or `{genuine, visit_id, officer_id, date}` with --json); exits 0
 * either way, as a code that is not genuine is an answer, not an error.
 */
export async function verifyCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    code: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    // Read by the command line's language (see cliLanguage); named here so the strict parser accepts it.
    lang: { type: 'string' },
  });
  const code = required(values.code, 'code');
  const date: LocalDate | undefined = values.date === undefined ? undefined : dateFlag(values.date);
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const check = await backend.api['exports.verifyCode']({ code, ...(date && { date }) });
    if (values.json) {
      const answer = { genuine: check.genuine, visit_id: check.visitId, officer_id: check.officerId, date: check.date };
      ctx.stdout.write(JSON.stringify(answer) + '\n');
    } else {
      ctx.stdout.write(check.message[ctx.language] + '\n');
    }
    return 0;
  } finally {
    backend.close();
  }
}
