import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { planCommand } from './commands/plan';
import { exportCommand } from './commands/export';
import { webCommand } from './commands/web';
import { verifyCommand } from './commands/verify';
import { auditCommand } from './commands/audit';
import { checkCommand } from './commands/check';
import { holdsCommand } from './commands/holds';
import { rulesCommand } from './commands/rules';
import { certificatesCommand } from './commands/certificates';
import { usersCommand } from './commands/users';
import { outcomesCommand } from './commands/outcomes';
import { officerCommand } from './commands/officer';
import { followupsCommand } from './commands/followups';
import { dayCommand } from './commands/day';
import { solveCommand } from './commands/solve';
import { reportCommand } from './commands/report';
import { territoriesCommand } from './commands/territories';
import { geocodeCommand } from './commands/geocode';
import { backupCommand, encryptCommand, keyCommand, restoreCommand } from './commands/backup';
import { purgeCommand } from './commands/purge';
import { reportError, EXIT_BAD_INPUT, usageError } from './errors';
import { takeCommonFlags, type CliContext, type CliIo } from './context';
import { cliLanguage } from './language';
import { cliDiagnostics, runLogged } from './command-log';

// The help is for whoever sets the tool up and scripts it; it stays English, the sentences a
// command prints come from the catalogue in the user's language.
const HELP = `Field Dispatch command line

Usage: npm run -s dispatch -- <command> [options]

  demo    --out DIR [--visits N] [--officers M] [--seed S] [--date YYYY-MM-DD]
          Write a synthetic demo day (visits.csv, officers.csv).
  import  [--db FILE] --visits FILE --officers FILE [--dry-run] [--valid-rows-only] [--crs wgs84|gcj02|bd09]
          [--mapping NAME]...
          Check and store visits and officers (CSV in UTF-8/GBK, or XLSX). Any bad row stores nothing
          unless --valid-rows-only. A file whose header row has a saved column mapping is read with it;
          --mapping reads the file of the mapping's kind with the one named. Rows without a
          coord_system are in the --crs system, else the workspace's (the settings screen's map section).
  import mapping save [--db FILE] --name NAME --kind visits|officers|outcomes --file FILE
          [--column "HEADER=FIELD"]... | import mapping list [--db FILE]
          Save how a source's files are read: each column of FILE as its header names it, or as
          --column says (FIELD ignore leaves it out). The next file with that header row maps itself.
  plan    --date YYYY-MM-DD (--db FILE | --visits FILE --officers FILE) [--seconds S] [--seed N] --out plan.json
          Plan the day and write the plan as JSON (with --db it also becomes the day's current plan).
  export  [--db FILE] --date YYYY-MM-DD --format pdf|xlsx|csv|ics|gpx|geojson|bundle|json --out DIR
          [--officer ID] [--profile officer|supervisor] [--lang en|zh] [--anyway --reason TEXT]
          Write the officers' itineraries (route sheets, workbook, CSV, calendars, routes, or all in one
          ZIP bundle) or the plan (json). Officer copies dispatch the exported visits.
  verify  [--db FILE] --code CODE [--date YYYY-MM-DD] [--json]
          Check a verification code a customer reads out: which officer and visit it belongs to, or
          that it is not genuine (the date defaults to today).
  check   [--db FILE] --date YYYY-MM-DD [--rules-version N] [--json]
          The pre-dispatch check: every rule the day's plan breaks (rule, visit, officer), under the
          visiting rules in force or version N (exit code 3 when anything remains).
  holds   list [--customer ID] [--json] | place --customer ID --kind complaint|dispute|legal|vulnerable|do_not_visit
          [--officer ID] [--until YYYY-MM-DD] [--note TEXT] | release --id N --reason TEXT
          Holds on customers: a binding hold keeps their visits out of plans; a complaint against one
          officer keeps only that officer away.
  audit verify [--db FILE] [--json]
          Recompute the audit trail's hash chain: intact, or the first entry changed, removed or
          added outside the app (exit code 3).
  audit export [--db FILE] --customer ID [--format pdf|json] --out DIR [--lang en|zh]
          Write a customer's case file: every visit, where the plan put it, and its audit history.
  rules show [--db FILE] [--json]
          Print the visiting rules in force: their version, who changed them, when and why, the
          permitted hours per weekday, how many holidays, the contact limits, and the certificate
          an officer needs per visit kind.
  rules export [--db FILE] --out FILE
          Write the visiting rules in force as a rules file (JSON, hours as "08:00-20:00").
  rules import [--db FILE] --file FILE --reason TEXT
          Store a rules file as the next version of the visiting rules. A file with problems is
          refused with every problem listed; nothing is stored.
  rules holidays [--db FILE] --file calendar.csv --reason TEXT
          Replace the public holidays and adjusted working days with a calendar's (CSV, date,type;
          type holiday or workday), as the next version of the visiting rules.
  certificates expiring [--db FILE] [--days N] [--date YYYY-MM-DD] [--json]
          List officers' certificates that end within N days (30) of the date (today), or have
          ended: first those the visiting rules require per visit kind, then other dated skills.
  outcomes import [--db FILE] --file F [--dry-run] [--valid-rows-only] [--mapping NAME]
          Store an officers' returns file (CSV in UTF-8/GBK, or XLSX; columns visit_id, outcome,
          result, arrived_at, left_at, promise_amount, promise_date, remarks, Chinese headers too):
          each visit's status follows its outcome. Any bad row stores nothing unless --valid-rows-only.
  followups list [--db FILE] [--date YYYY-MM-DD] [--json] | approve [--db FILE] (--all | --rule RULE | --id N...)
          Follow-ups the outcomes called for (not at home: another visit 2-5 days later in another
          part of the day; promise to pay: a collection visit the day after; wrong address or moved:
          flagged); approving one makes it a visit on its earliest day.
  day     carry [--db FILE] --from YYYY-MM-DD --to YYYY-MM-DD
          Carry the day's approved visits that are in no route to a later day, in one change.
  report  supervisor [--db FILE] --from YYYY-MM-DD [--days N] --out FILE.xlsx [--lang en|zh]
          The supervisor's report over N days (1; 7 for a week, at most 31) as a workbook: planned,
          done, failed and unreported visits, results, working and travel time against the plan,
          per officer, team and day.
  officer absent [--db FILE] --id ID --date YYYY-MM-DD --from HH:MM
          The officer is unavailable from that time: their visits not yet made go to the other
          officers, fitted into their routes as they stand (one Undo in the app).
  officer availability [--db FILE] --file F [--dry-run] [--valid-rows-only]
          Store officers' availability per day (CSV in UTF-8/GBK, or XLSX; columns officer_id, date,
          available (yes/no, 是/否, 休假…), shift_start, shift_end, start_lat, start_lng, start_address,
          note, Chinese headers too): leave, a half day, another shift or start place. The plans of
          those days are re-checked. Any bad row stores nothing unless --valid-rows-only.
  officer day [--db FILE] --id ID --date YYYY-MM-DD (--off | --shift HH:MM-HH:MM | --start LAT,LNG
          [--address TEXT] | --clear) [--note TEXT]
          Set one officer's day (or make it the usual day again); that day's plan is re-checked.
  users   list [--db FILE] [--json] | add --id ID --name NAME --role dispatcher|supervisor
          | set --id ID [--name NAME] [--role ROLE] [--active yes|no]
          The workspace's user profiles. The first is a supervisor anyone may add; after that
          adding and changing profiles needs a supervisor's --user.
  geocode [--db FILE] [--date YYYY-MM-DD] [--json]
          Geocode the visits imported with an address and no coordinates (the day's, or all) through
          the workspace's service (settings); answers are cached, a guess below the threshold waits
          for a person to confirm it on the board. Ctrl+C cancels and keeps what was found.
  territories import [--db FILE] --file FILE.geojson | territories list [--db FILE] [--json]
          Team and officer territories: a GeoJSON FeatureCollection of Polygons or MultiPolygons
          (WGS-84) with properties name, team or officer_id, rule (hard: work only inside; soft:
          priced outside) and price (seconds of travel per visit outside, for soft). All or nothing;
          a territory with a stored one's name replaces it.
  purge   [--db FILE] [--dry-run] [--days N] [--json] | purge [--db FILE] (--set-days N | --keep)
          Erase customers' names, phones, addresses and remarks of finished visits (done, failed,
          cancelled) dated more than the workspace's retention (or N) days ago, in one change; the
          audit trail stays as it is. --dry-run says which days would go and changes nothing. Lists
          the exports past the retention, to delete. --set-days sets the retention (supervisor).
  web     [--db FILE] [--port P]
          Serve the app to a browser on this computer (port 5178, or a free one when that is taken).
  backup  [--db FILE] --out FILE
          An online, consistent copy of the workspace, safe while the app is writing to it.
  restore --db FILE --from BACKUP
          Replace the workspace with a backup once its integrity, schema version and audit trail
          check out; the replaced file is kept as FILE.replaced-<time>.
  encrypt --db FILE [--keep-plain]
          Encrypt an unencrypted workspace in one step; --keep-plain keeps an unencrypted copy
          as FILE.plain-<time>.
  key     --db FILE
          Print the key of an encrypted workspace (to open it on another computer with
          DISPATCH_DB_KEY or --key-file); audited. Anyone with the key and the file can read it.
  solve   --format solomon FILE [--seconds S] [--seed N] [--iterations I]
          Solve a Solomon / Gehring–Homberger benchmark instance; prints {"vehicles","distance","routes"}.

Every command takes --user ID: the workspace profile the audit trail names. Changing the rules,
releasing a hold and exporting anyway need a supervisor's profile.
Workspaces are encrypted. A new one gets a random key, kept in the key ring in the user-data folder
(readable by its owner only), unless a key is given with DISPATCH_DB_KEY or --key-file FILE; that
key is then needed to open it. --plain makes a new workspace unencrypted (for scripts and tests)
and opens an unencrypted one as it is.
Without --db the default workspace in the user-data folder is used (--workspace NAME picks another).
A --db that does not exist is refused, except by import, users, rules, territories and web, which
create a new workspace there when its folder exists.
Exit codes: 0 done, 2 bad input (the message says what to fix), 3 a check found problems, 1 unexpected error.
Messages are printed in the system's language (LANG), or in the one --lang names.
`;

type Command = (argv: string[], ctx: CliContext) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  import: importCommand,
  plan: planCommand,
  export: exportCommand,
  verify: verifyCommand,
  audit: auditCommand,
  check: checkCommand,
  holds: holdsCommand,
  rules: rulesCommand,
  certificates: certificatesCommand,
  users: usersCommand,
  outcomes: outcomesCommand,
  officer: officerCommand,
  officers: officerCommand,
  followups: followupsCommand,
  day: dayCommand,
  report: reportCommand,
  territories: territoriesCommand,
  geocode: geocodeCommand,
  backup: backupCommand,
  restore: restoreCommand,
  encrypt: encryptCommand,
  key: keyCommand,
  purge: purgeCommand,
  web: webCommand,
  solve: solveCommand,
};

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...afterName] = argv;
  const { argv: rest, ...common } = takeCommonFlags(afterName);
  const ctx: CliContext = { ...io, language: cliLanguage(rest, io.env), ...common };
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    ctx.stdout.write(HELP);
    return name === undefined ? EXIT_BAD_INPUT : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return runLogged(
    ctx,
    command ? name : 'unknown',
    afterName,
    async () => {
      if (!command) throw usageError('cli.unknownCommand', { name });
      return await command(rest, ctx);
    },
    (error) => reportError(error, ctx),
  );
}

const isEntryPoint = process.argv[1] !== undefined && /electron[\\/]cli[\\/]main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntryPoint) {
  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    clock: () => new Date(),
    nowMs: () => performance.now(),
    diagnostics: cliDiagnostics(process.argv.slice(2), process.env),
  }).then((code) => {
    process.exitCode = code;
  });
}
