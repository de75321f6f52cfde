import { useCallback, useRef, useState } from 'react';
import type { ImportKind, ImportReport } from '../../shared/api/import-report';
import { localDateOf, type PlanStats } from '../../shared/domain';
import { useApiEvent } from '../api/useApiEvent';
import type { MessageKey } from '../i18n/language';
import { useT } from '../i18n/useT';
import { useApiMutation } from '../api/useApiMutation';
import { Board } from '../features/board/Board';
import { DayHeader, dayPlanStatus } from '../features/day/DayHeader';
import { EmptyState } from '../features/day/EmptyState';
import { useDayData } from '../features/day/useDayData';
import { ExportButton } from '../features/exports/ExportButton';
import { ExportDialog, exportableOfficers } from '../features/exports/ExportDialog';
import { useExportDay } from '../features/exports/useExportDay';
import { ImportButton } from '../features/import/ImportButton';
import { ImportPanel } from '../features/import/ImportPanel';
import { dayAfterImport, importedNotice } from '../features/import/imported-day';
import { HeldPlanDialog } from '../features/plans/HeldPlanDialog';
import { PlanButton } from '../features/plans/PlanButton';
import { PlanningPreferences } from '../features/plans/PlanningPreferences';
import { useSolveProgress } from '../features/plans/useSolveProgress';
import { SelectionProvider } from '../state/SelectionProvider';
import { ErrorBanner } from './ErrorBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { ShortcutsFooter } from './ShortcutsFooter';
// Officers in the app (issue 22).
import { OfficersScreen } from '../features/officers/OfficersScreen';
import { RulesScreen } from '../features/rules/RulesScreen';
import { HoldsScreen } from '../features/holds/HoldsScreen';
import { FollowUpsScreen } from '../features/follow-ups/FollowUpsScreen';
import { SupervisorScreen } from '../features/supervisor/SupervisorScreen';
import { WeekScreen } from '../features/week/WeekScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SessionProvider, useSession } from '../features/users/SessionProvider';
import { UserMenu } from '../features/users/UserMenu';
import { SupervisorReasonDialog } from '../components/SupervisorReasonDialog';
import { ScreenSwitch, type Screen } from './ScreenSwitch';
import { useShortcuts } from './useShortcuts';

type Notice = { key: MessageKey; values: Record<string, string | number> };

/** The app: who is signed in, and one selection for the whole board. */
export function App() {
  return (
    <SessionProvider>
      <SelectionProvider>
        <DayScreen />
      </SelectionProvider>
    </SessionProvider>
  );
}

/** The day screen: header with actions, then the board (or the demo offer on an empty workspace). */
function DayScreen() {
  const { t, toggleLanguage } = useT();
  const session = useSession();
  const day = useDayData();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const loadDemo = useApiMutation('workspace.loadDemo');
  const backup = useApiMutation('workspace.backup');
  const solveProgress = useSolveProgress(day.date);
  const say = useCallback((key: MessageKey, values: Record<string, string | number> = {}) => setNotice({ key, values }), []);
  // The board, the officers screen or the rules screen (Alt+O and Alt+U go to theirs and back).
  const [screen, setScreen] = useState<Screen>('board');
  const toggleScreen = (target: Screen) => setScreen((current) => (current === target ? 'board' : target));

  const planDay = async () => {
    if (day.date === null || day.edits.isBusy) return;
    solveProgress.reset();
    // Announced once the board shows the plan, not before.
    const solved = await day.edits.solve();
    if (solved?.heldBack) setHeldPlan({ held: solved.heldBack, current: solved.plan.stats });
    else if (solved) {
      const { stats } = solved.plan;
      say('plan.done', {
        assigned: stats.assignedCount,
        total: stats.visitCount,
        count: stats.officersUsed,
        km: (stats.distanceM / 1000).toFixed(1),
      });
    }
  };
  // A stopped solve's plan that did not catch up with the day's: the dispatcher chooses.
  const [heldPlan, setHeldPlan] = useState<{ held: PlanStats; current: PlanStats } | null>(null);
  const exporter = useExportDay(
    day.date,
    day.patchStatuses,
    ({ files, dispatched }) =>
      dispatched > 0 ? say('exportDialog.exportedDispatched', { count: dispatched }) : say('export.done', { count: files }),
    (count) => say('dispatch.takenBack', { count }),
  );

  // The kind the import dialog opens on, or null while it is closed.
  const [importing, setImporting] = useState<ImportKind | null>(null);
  const importOpen = importing !== null;
  const openImport = (kind: ImportKind = 'visits') => setImporting((open) => open ?? kind);
  const importButton = useRef<HTMLButtonElement>(null);
  const onImported = async (report: ImportReport, plansNeedingAttention: readonly string[]) => {
    // The board follows the rows to their day, or an import for another day would seem to do
    // nothing; new dates reach the day picker through the refreshed workspace status.
    const movedTo = dayAfterImport(report, day.date, localDateOf(new Date()));
    if (movedTo !== null) day.selectDate(movedTo);
    await day.refresh();
    const notice = importedNotice(report, movedTo, plansNeedingAttention);
    say(notice.key, notice.values);
  };

  const hasDay = day.date !== null && !day.isEmpty;
  const reoptimise = () => {
    if (hasDay && day.plan && !day.edits.isBusy) {
      solveProgress.reset();
      void day.edits.reoptimise().then((ok) => ok && say('edit.reoptimised'));
    }
  };
  // While the import dialog is open only the language switch stays live: the rest is behind it.
  useShortcuts(
    importOpen
      ? { KeyL: toggleLanguage }
      : {
          KeyI: () => openImport(),
          KeyP: () => void planDay(),
          KeyE: exporter.open,
          KeyL: toggleLanguage,
          KeyR: reoptimise,
          KeyO: () => toggleScreen('officers'),
          KeyU: () => toggleScreen('rules'),
          KeyH: () => toggleScreen('holds'),
          KeyW: () => toggleScreen('followUps'),
          KeyS: () => toggleScreen('supervisor'),
          KeyK: () => toggleScreen('week'),
          KeyT: () => toggleScreen('settings'),
        },
  );

  // File → Back up now: the file it wrote as a notice, or the refusal in the error banner.
  const backUpNow = async () => {
    const taken = await backup.run({});
    if (taken) say('backups.taken', { file: taken.file });
  };
  // The desktop menu's commands act on the day and language on screen, as the buttons do.
  useApiEvent('menu.command', ({ command }) => {
    if (command === 'backupWorkspace') void backUpNow();
    else if (command === 'exportDay') {
      if (!importOpen) exporter.open();
    } else openImport(command === 'importOfficers' ? 'officers' : 'visits');
  });

  const onLoadDemo = async () => {
    const loaded = await loadDemo.run({});
    if (!loaded) return;
    day.selectDate(loaded.date);
    await day.refresh();
  };
  const { refresh } = day;
  const hasPlan = day.planView.view !== null;
  const onStatusChanged = useCallback(
    async (changed: number, status: 'approved' | 'cancelled' | 'outcome') => {
      await refresh();
      const notice =
        status === 'outcome'
          ? 'outcome.recorded'
          : status === 'approved'
            ? 'visits.approved'
            : hasPlan
              ? 'cancelVisits.done'
              : 'visits.cancelled';
      say(notice, { count: changed });
    },
    [refresh, say, hasPlan],
  );

  const errors = [loadDemo.error, backup.error, exporter.error, solveProgress.cancelError, ...day.errors];
  const error = errors.find((e) => e && e !== dismissed) ?? null;

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <ScreenSwitch screen={screen} onSwitch={setScreen} />
        <DayHeader
          dates={day.status.data?.dates ?? []}
          selectedDate={day.date}
          onSelectDate={day.selectDate}
          counts={day.counts}
          planStatus={dayPlanStatus(day.planView.view?.plan ?? null)}
        />
        <div className="actions">
          <ImportButton ref={importButton} onOpen={() => openImport()} />
          <PlanButton
            onPlan={() => void planDay()}
            isBusy={day.edits.isSolving}
            progress={solveProgress.progress}
            onCancel={() => void solveProgress.cancel()}
            isCancelling={solveProgress.isCancelling}
            disabled={!hasDay || day.edits.isBusy}
          />
          <PlanningPreferences disabled={day.edits.isBusy} />
          <ExportButton onOpen={exporter.open} disabled={!hasDay} />
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <ErrorBanner error={error} onDismiss={() => setDismissed(error)} />
      <p className="notice" role="status" aria-live="polite">
        {notice ? t(notice.key, notice.values) : ''}
      </p>
      {day.status.data === undefined && !day.status.error && <p className="muted">{t('app.loading')}</p>}
      {screen === 'officers' && <OfficersScreen onChanged={day.refresh} />}
      {screen === 'rules' && <RulesScreen />}
      {screen === 'holds' && <HoldsScreen />}
      {screen === 'followUps' && <FollowUpsScreen onApproved={() => void day.refresh()} />}
      {screen === 'supervisor' && <SupervisorScreen date={day.date} />}
      {screen === 'settings' && <SettingsScreen />}
      {screen === 'week' && (
        <WeekScreen
          from={day.date ?? localDateOf(new Date())}
          onOpenDay={(date) => {
            day.selectDate(date);
            setScreen('board');
          }}
          onChanged={day.refresh}
        />
      )}
      {screen === 'board' && day.isEmpty && <EmptyState onLoadDemo={() => void onLoadDemo()} isLoading={loadDemo.isBusy} />}
      {screen === 'board' && hasDay && (
        <Board
          visits={day.visits.data ?? []}
          visitsById={day.visitsById}
          officers={day.officers.data ?? []}
          view={day.planView.view}
          index={day.index}
          edits={day.edits}
          progress={solveProgress.progress}
          onCancelSolve={() => void solveProgress.cancel()}
          isCancelling={solveProgress.isCancelling}
          officerNames={day.officerNames}
          displayNames={day.displayNames}
          onNotice={say}
          onReoptimise={reoptimise}
          onStatusChanged={onStatusChanged}
          onAddedToOtherDay={() => void refresh()}
          onPlacesChanged={() => void refresh()}
        />
      )}
      {heldPlan && (
        <HeldPlanDialog
          held={heldPlan.held}
          current={heldPlan.current}
          onUseHeld={() => {
            setHeldPlan(null);
            void day.edits.redo();
          }}
          onClose={() => {
            setHeldPlan(null);
            say('heldPlan.kept');
          }}
        />
      )}
      {exporter.isOpen && day.date && !exporter.refused && (
        <ExportDialog
          date={day.date}
          officerNames={day.officerNames}
          officers={exportableOfficers(day.plan, day.officerNames)}
          dispatchedCount={(day.visits.data ?? []).filter((v) => v.status === 'dispatched').length}
          choice={exporter.choice}
          onChoiceChange={exporter.setChoice}
          isBusy={exporter.isBusy}
          onExport={() => void exporter.run()}
          onTakeBack={() => void exporter.takeBack()}
          onClose={exporter.close}
        />
      )}
      {exporter.refused && day.date && (
        <SupervisorReasonDialog
          title={t('exportAnyway.title', { date: day.date, count: exporter.refused.length })}
          explain={t('exportAnyway.explain')}
          problems={exporter.refused}
          confirmLabel={t('exportAnyway.confirm')}
          backLabel={t('exportAnyway.back')}
          canDecide={session.isSupervisor}
          notAllowed={t('supervisorDecision.notAllowed')}
          isBusy={exporter.isBusy}
          onConfirm={(reason) => void exporter.exportAnyway({ reason })}
          onClose={exporter.closeRefusal}
        />
      )}
      {importing && (
        <ImportPanel initialKind={importing} onClose={() => setImporting(null)} onImported={onImported} returnFocusTo={importButton} />
      )}
      <ShortcutsFooter />
    </div>
  );
}
