import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { AppError } from '../../../shared/api/errors';
import { FollowUpRule, type FollowUp } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { joinList } from '../officers/officer-view';
import { followUpRows, selectedProposed } from './follow-up-rows';
import { FollowUpsTable } from './FollowUpsTable';
import { useFollowUps, type ApproveInput } from './useFollowUps';

export interface FollowUpsScreenProps {
  /** Called after follow-ups were approved (count ≥ 1), so the app can read its day data again. */
  onApproved?(count: number): void;
}

/**
 * The follow-ups screen (issue 19): the visits recorded outcomes call for, awaiting approval first,
 * approved here one by one, by reason or all at once; flagged addresses are listed for a dispatcher.
 * Reads and writes through the API only.
 */
export function FollowUpsScreen({ onApproved }: FollowUpsScreenProps) {
  const { t, language } = useT();
  const id = useId();
  const followUps = useFollowUps();
  const [rule, setRule] = useState<FollowUpRule | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const table = useRef<HTMLTableElement>(null);
  const rows = useMemo(() => followUpRows(followUps.followUps ?? [], rule), [followUps.followUps, rule]);
  const chosen = selectedProposed(rows, selected);
  const proposedShown = rows.filter((f) => f.status === 'proposed').length;
  const { approved, isApproving } = followUps;

  useEffect(() => {
    if (approved === null) return;
    // The button pressed may be disabled now (nothing left to approve): keep the focus on the screen.
    const focused = document.activeElement;
    if (focused === null || focused === document.body || (focused instanceof HTMLButtonElement && focused.disabled)) table.current?.focus();
  }, [approved]);

  const toggle = (followUpId: number, isSelected: boolean) =>
    setSelected((before) => {
      const after = new Set(before);
      if (isSelected) after.add(followUpId);
      else after.delete(followUpId);
      return after;
    });
  const approve = async (which: ApproveInput) => {
    const made = await followUps.approve(which);
    if (!made) return;
    const done = new Set(made.map((f) => f.id));
    setSelected((before) => new Set([...before].filter((f) => !done.has(f))));
    if (made.length > 0) onApproved?.(made.length);
  };

  const loadError = followUps.loadError;
  const loadRefusal = loadError instanceof AppError ? pickMessage(loadError.userMessage, language) : loadError ? t('error.unknown') : null;
  const ruleWords = rule === null ? '' : t(`outcome.result.${rule}`);
  const noticeText = (made: readonly FollowUp[]) =>
    made.length === 0
      ? t('followUpsScreen.approvedNone')
      : t('followUpsScreen.approved', {
          count: made.length,
          visits: joinList(
            language,
            made.map((f) => f.visitId ?? ''),
          ),
        });

  return (
    <main className="follow-ups-screen" aria-label={t('followUpsScreen.tab')}>
      <section className="panel follow-ups-screen__list" aria-labelledby={`${id}-title`}>
        <div className="panel__head">
          <h2 id={`${id}-title`}>{t('followUpsScreen.title')}</h2>
          <div className="form-field">
            <label htmlFor={`${id}-rule`}>{t('followUpsScreen.ruleFilter')}</label>
            <select
              id={`${id}-rule`}
              value={rule ?? ''}
              onChange={(e) => setRule(e.target.value === '' ? null : FollowUpRule.parse(e.target.value))}
            >
              <option value="">{t('followUpsScreen.allRules')}</option>
              {FollowUpRule.options.map((r) => (
                <option key={r} value={r}>
                  {t(`outcome.result.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="muted">{t('followUpsScreen.intro')}</p>
        <p className="notice" role="status" aria-live="polite">
          {isApproving ? t('followUpsScreen.approving') : approved ? noticeText(approved) : ''}
        </p>
        {loadRefusal && (
          <p className="error-banner" role="alert">
            {loadRefusal}
          </p>
        )}
        <ErrorBanner error={followUps.approveError} onDismiss={followUps.resetApprove} />
        <div className="dialog-actions follow-ups-screen__actions">
          <button type="button" disabled={isApproving || chosen.length === 0} onClick={() => void approve({ ids: chosen })}>
            {t('followUpsScreen.approveSelected', { count: chosen.length })}
          </button>
          <button
            type="button"
            className="primary"
            disabled={isApproving || proposedShown === 0}
            onClick={() => void approve(rule === null ? {} : { rule })}
          >
            {rule === null ? t('followUpsScreen.approveAll') : t('followUpsScreen.approveRule', { rule: ruleWords })}
          </button>
        </div>
        <p className="muted">{t('followUpsScreen.approveHint')}</p>
        {followUps.followUps === undefined && !loadError && <p className="muted">{t('followUpsScreen.loading')}</p>}
        {followUps.followUps !== undefined && rows.length === 0 && (
          <p className="muted">{rule === null ? t('followUpsScreen.none') : t('followUpsScreen.noneOfRule', { rule: ruleWords })}</p>
        )}
        {rows.length > 0 && <FollowUpsTable rows={rows} selected={selected} isBusy={isApproving} onToggle={toggle} tableRef={table} />}
      </section>
    </main>
  );
}
