import { useId, useMemo, useState } from 'react';
import type { SupervisorReport } from '../../../shared/api/supervisor-report';
import { AppError } from '../../../shared/api/errors';
import { OutcomeResult, type LocalDate } from '../../../shared/domain';
import { FIGURE_COLUMNS, RESULT_COLUMNS } from '../../../shared/logic/supervisor-report-columns';
import { ErrorBanner } from '../../app/ErrorBanner';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { joinList } from '../officers/officer-view';
import { FiguresTable } from './FiguresTable';
import { ChartLegend, OfficerBarChart, type ChartSeries } from './OfficerBarChart';
import { dayNotes, periodRange, resultRows, timeRows, visitRows, type ReportPeriod } from './supervisor-model';
import { useSupervisorReport } from './useSupervisorReport';

const VISIT_COLORS = ['#9db4d0', '#2e7d32', '#b3261e'];
const TIME_COLORS = ['#c9d6e6', '#0b5cad', '#e08a00'];
const RESULT_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/**
 * The supervisor's screen (issue 19): for the day on screen or its week, visits planned, done and
 * failed, working time planned and actual, and results per officer as charts, with the figures as
 * tables (per officer, team and day) and the same report as a workbook. Reads through the API only.
 */
export function SupervisorScreen({ date }: { date: LocalDate | null }) {
  const { t, language } = useT();
  const id = useId();
  const [period, setPeriod] = useState<ReportPeriod>('day');
  const range = date === null ? null : periodRange(period, date);
  const data = useSupervisorReport(range?.from ?? null, range?.days ?? 1);
  const { report } = data;
  const loadError = data.loadError;
  const loadRefusal = loadError instanceof AppError ? pickMessage(loadError.userMessage, language) : loadError ? t('error.unknown') : null;

  return (
    <main className="supervisor-screen" aria-label={t('supervisorReport.tab')}>
      <section className="panel" aria-labelledby={`${id}-title`}>
        <div className="panel__head">
          <h2 id={`${id}-title`}>{t('supervisorReport.title')}</h2>
          {date !== null && (
            <fieldset className="supervisor-screen__period">
              <legend>{t('supervisorReport.period')}</legend>
              {(['day', 'week'] as const).map((p) => {
                const r = periodRange(p, date);
                return (
                  <label key={p}>
                    <input type="radio" name={`${id}-period`} value={p} checked={period === p} onChange={() => setPeriod(p)} />
                    {p === 'day'
                      ? t('supervisorReport.period.day', { date })
                      : t('supervisorReport.period.week', { from: r.from, to: r.to })}
                  </label>
                );
              })}
            </fieldset>
          )}
          <button type="button" className="primary" disabled={!report || data.isExporting} onClick={() => void data.exportXlsx(language)}>
            {t('supervisorReport.export')}
          </button>
        </div>
        <p className="muted">{t('supervisorReport.intro')}</p>
        <p className="notice" role="status" aria-live="polite">
          {data.isExporting
            ? t('supervisorReport.exporting')
            : data.exported
              ? t('supervisorReport.exported', { name: data.exported })
              : ''}
        </p>
        <ErrorBanner error={data.exportError} onDismiss={data.resetExport} />
        {loadRefusal && (
          <p className="error-banner" role="alert">
            {loadRefusal}
          </p>
        )}
        {date === null && <p className="muted">{t('supervisorReport.noDay')}</p>}
        {date !== null && !report && !loadError && <p className="muted">{t('supervisorReport.loading')}</p>}
        {report && <ReportBody report={report} idPrefix={id} />}
      </section>
    </main>
  );
}

/** The charts and tables of a loaded report. */
function ReportBody({ report, idPrefix }: { report: SupervisorReport; idPrefix: string }) {
  const { t, language } = useT();
  const notes = dayNotes(report);
  const visits = useMemo(() => visitRows(report), [report]);
  const times = useMemo(() => timeRows(report), [report]);
  const results = useMemo(() => resultRows(report), [report]);
  const teamName = (team: string) => (team === '' ? t('supervisorReport.noTeam') : team);
  const officersTable = `${idPrefix}-officers`;
  const resultsTable = `${idPrefix}-results`;
  const visitSeries: ChartSeries[] = (['planned', 'done', 'failed'] as const).map((s, i) => ({
    name: t(`supervisorReport.series.${s}`),
    color: VISIT_COLORS[i],
  }));
  const timeSeries: ChartSeries[] = (['plannedWorking', 'plannedTimed', 'actualTimed'] as const).map((s, i) => ({
    name: t(`supervisorReport.series.${s}`),
    color: TIME_COLORS[i],
  }));
  const resultSeries: ChartSeries[] = OutcomeResult.options.map((r, i) => ({ name: t(`outcome.result.${r}`), color: RESULT_COLORS[i] }));
  const minutes = (value: number) => t('supervisorReport.minutes', { value });
  const { total } = report;
  const officerRows = report.officers.map((o) => ({ key: o.officerId, lead: [o.name, o.officerId, teamName(o.team)], figures: o.figures }));
  const officerHeaders = [t('supervisorReport.col.officerName'), t('supervisorReport.col.officerId'), t('supervisorReport.col.team')];

  return (
    <>
      {notes.noPlan.length > 0 && <p className="muted">{t('supervisorReport.noPlan', { dates: joinList(language, notes.noPlan) })}</p>}
      {notes.notDispatched.length > 0 && (
        <p className="muted">{t('supervisorReport.notDispatched', { dates: joinList(language, notes.notDispatched) })}</p>
      )}
      {visits.length === 0 ? (
        <p className="muted">{t('supervisorReport.empty')}</p>
      ) : (
        <div className="supervisor-screen__charts">
          <figure>
            <figcaption>{t('supervisorReport.visitsChart')}</figcaption>
            <OfficerBarChart
              rows={visits}
              series={visitSeries}
              describedBy={officersTable}
              label={t('supervisorReport.visitsChartLabel', { planned: total.planned, done: total.done, failed: total.failed })}
            />
            <ChartLegend series={visitSeries} />
          </figure>
          <figure>
            <figcaption>{t('supervisorReport.timeChart')}</figcaption>
            <OfficerBarChart
              rows={times}
              series={timeSeries}
              describedBy={officersTable}
              format={minutes}
              label={t('supervisorReport.timeChartLabel', {
                planned: Math.round(total.plannedSpanSec / 60),
                actual: Math.round(total.actualSpanSec / 60),
              })}
            />
            <ChartLegend series={timeSeries} />
          </figure>
          <figure>
            <figcaption>{t('supervisorReport.resultsChart')}</figcaption>
            <OfficerBarChart
              rows={results}
              series={resultSeries}
              stacked
              describedBy={resultsTable}
              label={t('supervisorReport.resultsChartLabel', { count: total.done + total.failed })}
            />
            <ChartLegend series={resultSeries} />
          </figure>
        </div>
      )}
      <FiguresTable
        caption={t('supervisorReport.teamsTable')}
        leadHeaders={[t('supervisorReport.col.team'), t('supervisorReport.col.officers')]}
        columns={FIGURE_COLUMNS}
        rows={report.teams.map((team) => ({ key: team.team, lead: [teamName(team.team), team.officers], figures: team.figures }))}
        total={total}
      />
      <FiguresTable
        id={officersTable}
        caption={t('supervisorReport.officersTable')}
        leadHeaders={officerHeaders}
        columns={FIGURE_COLUMNS}
        rows={officerRows}
        total={total}
      />
      <FiguresTable
        id={resultsTable}
        caption={t('supervisorReport.resultsTable')}
        leadHeaders={officerHeaders}
        columns={RESULT_COLUMNS}
        rows={officerRows}
        total={total}
      />
      {report.days.length > 1 && (
        <FiguresTable
          caption={t('supervisorReport.daysTable')}
          leadHeaders={[t('supervisorReport.col.date')]}
          columns={FIGURE_COLUMNS}
          rows={report.days.map((d) => ({ key: d.date, lead: [d.date], figures: d.total }))}
          total={total}
        />
      )}
    </>
  );
}
