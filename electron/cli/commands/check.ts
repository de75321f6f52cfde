import { dateFlag, intFlag, parseFlags } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { EXIT_FOUND_PROBLEMS } from '../errors';
import { line } from '../language';
import { translate } from '../../../shared/i18n';

/**
 * `check [--db FILE] --date D [--rules-version N] [--json]`: the pre-dispatch check. Lists every
 * rule the day's plan breaks (rule, visit, officer, sentence), under the visiting rules in force or
 * version N; exit code 3 when anything remains.
 */
export async function checkCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    date: { type: 'string' },
    'rules-version': { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const date = dateFlag(values.date);
  const rulesVersion =
    values['rules-version'] === undefined ? undefined : intFlag(values['rules-version'], 'rules-version', 1, 1, 1_000_000);
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const check = await backend.api['plans.check']({ date, ...(rulesVersion !== undefined && { rulesVersion }) });
    if (values.json) {
      ctx.stdout.write(JSON.stringify(check) + '\n');
    } else {
      ctx.stdout.write(check.summary[ctx.language] + '\n');
      const say = (p: (typeof check.problems)[number]) =>
        `  ${p.rule} · ${p.visitId ?? '-'} · ${p.officerId ?? '-'}: ${p.message[ctx.language]}`;
      for (const p of check.problems) ctx.stdout.write(`${say(p)}\n`);
      // What a supervisor accepted does not remain, but is shown with who and why.
      if (check.overridden.length > 0) ctx.stdout.write(line(ctx.language, 'check.overriddenHeading', { count: check.overridden.length }));
      for (const p of check.overridden) {
        const { by, at, reason } = p.override;
        ctx.stdout.write(`${say(p)} (${translate(ctx.language, 'check.overriddenBy', { by, at, reason })})\n`);
      }
    }
    return check.problems.length === 0 ? 0 : EXIT_FOUND_PROBLEMS;
  } finally {
    backend.close();
  }
}
