import ExcelJS from 'exceljs';
import type { OfficerFigures, ReportFigures, SupervisorReport, TeamFigures } from '../../../shared/api/supervisor-report';
import type { Language } from '../../../shared/domain';
import { translate, type MessageKey } from '../../../shared/i18n';
import { FIGURE_COLUMNS, RESULT_COLUMNS } from '../../../shared/logic/supervisor-report-columns';
import { BOLD, TITLE, columnWidths, repack, uniqueSheetName } from './itinerary-xlsx';

type Cell = string | number;

/** A table's first columns (who or which day) before the figures; each sheet has its own. */
interface Lead<T> {
  headers: readonly MessageKey[];
  cells(row: T): Cell[];
}

/** The title on row 1, the table's header on row 2 (frozen), then its rows. */
const HEADER_ROW = 2;

function addTableSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  say: (key: MessageKey, values?: Record<string, string>) => string,
  lead: Lead<T>,
  rows: readonly { row: T; figures: ReportFigures }[],
  total: { label: string; figures: ReportFigures },
): void {
  const columns = [...FIGURE_COLUMNS, ...RESULT_COLUMNS];
  const sheet = workbook.addWorksheet(
    uniqueSheetName(
      name,
      workbook.worksheets.map((s) => s.name),
    ),
    {
      views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    },
  );
  sheet.addRow([title]).font = TITLE;
  const header = [...lead.headers.map((key) => say(key)), ...columns.map((c) => say(c.header))];
  sheet.addRow(header).font = BOLD;
  const body = rows.map(({ row, figures }) => [...lead.cells(row), ...columns.map((c) => c.value(figures))]);
  for (const values of body) sheet.addRow(values);
  const totalRow = [total.label, ...lead.headers.slice(1).map(() => ''), ...columns.map((c) => c.value(total.figures))];
  sheet.addRow(totalRow).font = BOLD;
  columnWidths([header, ...body]).forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(width, 24);
  });
  // Ids, names and dates stay text as typed; counts among the first columns stay numbers.
  lead.headers.forEach((_, i) => {
    if (body.every((values) => typeof values[i] === 'string')) sheet.getColumn(i + 1).numFmt = '@';
  });
}

/**
 * The supervisor's report as a workbook, headings in `language`: the period per officer, per team
 * and per day, then (for more than one day) a sheet per day with its officers. Every sheet ends
 * with its total; durations are whole minutes, as on screen.
 */
export async function supervisorReportWorkbook(report: SupervisorReport, language: Language, madeAt: Date): Promise<Uint8Array> {
  const say = (key: MessageKey, values?: Record<string, string>) => translate(language, key, values);
  const teamName = (team: string) => (team === '' ? say('supervisorReport.noTeam') : team);
  const yesNo = (value: boolean) => say(value ? 'supervisorReport.yes' : 'supervisorReport.no');
  const titleOf = (from: string, to: string) =>
    from === to ? say('supervisorReport.titleDay', { date: from }) : say('supervisorReport.titleDays', { from, to });
  const title = titleOf(report.from, report.to);
  const total = { label: say('supervisorReport.total'), figures: report.total };
  const officerLead: Lead<OfficerFigures> = {
    headers: ['supervisorReport.col.officerId', 'supervisorReport.col.officerName', 'supervisorReport.col.team'],
    cells: (o) => [o.officerId, o.name, teamName(o.team)],
  };
  const teamLead: Lead<TeamFigures> = {
    headers: ['supervisorReport.col.team', 'supervisorReport.col.officers'],
    cells: (t) => [teamName(t.team), t.officers],
  };
  const workbook = new ExcelJS.Workbook();
  workbook.created = madeAt;
  workbook.modified = madeAt;
  const byOfficer = report.officers.map((o) => ({ row: o, figures: o.figures }));
  addTableSheet(workbook, say('supervisorReport.sheet.officers'), title, say, officerLead, byOfficer, total);
  const byTeam = report.teams.map((t) => ({ row: t, figures: t.figures }));
  addTableSheet(workbook, say('supervisorReport.sheet.teams'), title, say, teamLead, byTeam, total);
  addTableSheet(
    workbook,
    say('supervisorReport.sheet.days'),
    title,
    say,
    {
      headers: [
        'supervisorReport.col.date',
        'supervisorReport.col.hasPlan',
        'supervisorReport.col.dispatched',
        'supervisorReport.col.unassigned',
      ],
      cells: (d: SupervisorReport['days'][number]) => [d.date, yesNo(d.hasPlan), yesNo(d.dispatched), d.unassigned],
    },
    report.days.map((d) => ({ row: d, figures: d.total })),
    total,
  );
  if (report.days.length > 1) {
    for (const day of report.days) {
      const rows = day.officers.map((o) => ({ row: o, figures: o.figures }));
      addTableSheet(workbook, say('supervisorReport.sheet.day', { date: day.date }), titleOf(day.date, day.date), say, officerLead, rows, {
        label: total.label,
        figures: day.total,
      });
    }
  }
  // Stored, not deflated: `repack` compresses once, stamping every entry with `madeAt`.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return repack(new Uint8Array(stored), madeAt);
}
