import { useMemo, useRef, useState } from 'react';
import type { ImportReport } from '../../shared/api/import-report';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useApiMutation } from '../api/useApiMutation';
import { DayHeader } from '../features/day/DayHeader';
import { EmptyState } from '../features/day/EmptyState';
import { useDayData } from '../features/day/useDayData';
import { ExportButton } from '../features/exports/ExportButton';
import { useExportDay } from '../features/exports/useExportDay';
import { ImportButton } from '../features/import/ImportButton';
import { ImportPanel } from '../features/import/ImportPanel';
import { buildMapModel } from '../features/map/map-model';
import { PlanMap } from '../features/map/PlanMap';
import { PlanButton } from '../features/plans/PlanButton';
import { usePlanDay } from '../features/plans/usePlanDay';
import { UnassignedList } from '../features/visits/UnassignedList';
import { VisitsPanel } from '../features/visits/VisitsPanel';
import { ErrorBanner } from './ErrorBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { useShortcuts } from './useShortcuts';

type Notice = { key: MessageKey; values: Record<string, string | number> };

/** The day screen: header with actions, then visits and unassigned beside the map. */
export function App() {
  const { t, toggleLanguage } = useT();
  const day = useDayData();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const loadDemo = useApiMutation('workspace.loadDemo');

  const plan = usePlanDay(day.date, async (saved) => {
    // Announce the plan once the table and map show it, not before.
    await day.refreshForPlan(saved.id);
    setNotice({ key: 'plan.done', values: {
      assigned: saved.stats.assignedCount, total: saved.stats.visitCount,
      officers: saved.stats.officersUsed, km: (saved.stats.distanceM / 1000).toFixed(1),
    } });
  });
  const exporter = useExportDay(day.date, (count) => setNotice({ key: 'export.done', values: { count } }));

  const [importOpen, setImportOpen] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const onImported = async (report: ImportReport) => {
    // New dates reach the day picker through the refreshed workspace status.
    await day.refresh();
    setNotice({ key: 'import.done', values: { file: report.fileName, inserted: report.inserted, updated: report.updated } });
  };

  // While the import dialog is open only the language switch stays live: the rest is behind it.
  useShortcuts(importOpen ? { KeyL: toggleLanguage } : {
    KeyI: () => setImportOpen(true), KeyP: () => void plan.planDay(), KeyE: () => void exporter.run(), KeyL: toggleLanguage,
  });

  const onLoadDemo = async () => {
    const loaded = await loadDemo.run({});
    if (!loaded) return;
    day.selectDate(loaded.date);
    await day.refresh();
  };

  const model = useMemo(
    () => buildMapModel(day.visits.data ?? [], day.officers.data ?? [], day.plan.data ?? null),
    [day.visits.data, day.officers.data, day.plan.data],
  );
  const error = [loadDemo.error, plan.error, exporter.error, ...day.errors].find((e) => e && e !== dismissed) ?? null;
  const hasDay = day.date !== null && !day.isEmpty;

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <DayHeader
          dates={day.status.data?.dates ?? []}
          selectedDate={day.date}
          onSelectDate={day.selectDate}
          day={day.status.data?.day ?? null}
          officerCount={day.status.data?.officerCount ?? 0}
        />
        <div className="actions">
          <ImportButton ref={importButton} onOpen={() => setImportOpen(true)} />
          <PlanButton onPlan={() => void plan.planDay()} isBusy={plan.isBusy} progress={plan.progress} disabled={!hasDay} />
          <ExportButton format={exporter.format} onFormatChange={exporter.setFormat} onExport={() => void exporter.run()}
            isBusy={exporter.isBusy} disabled={!hasDay} />
          <LanguageSwitch />
        </div>
      </header>
      <ErrorBanner error={error} onDismiss={() => setDismissed(error)} />
      <p className="notice" role="status" aria-live="polite">{notice ? t(notice.key, notice.values) : ''}</p>
      {day.status.data === undefined && !day.status.error && <p className="muted">{t('app.loading')}</p>}
      {day.isEmpty && <EmptyState onLoadDemo={() => void onLoadDemo()} isLoading={loadDemo.isBusy} />}
      {hasDay && (
        <main className="workspace">
          <div className="side">
            <VisitsPanel visits={day.visits.data ?? []} officerNames={day.officerNames} />
            <UnassignedList unassigned={day.plan.data ? day.plan.data.unassigned : null} displayNames={day.displayNames} />
          </div>
          <PlanMap model={model} />
        </main>
      )}
      {importOpen && <ImportPanel onClose={() => setImportOpen(false)} onImported={onImported} returnFocusTo={importButton} />}
      <footer className="muted shortcuts">{t('app.shortcuts')}</footer>
    </div>
  );
}
