import { memo, type PointerEvent } from 'react';
import type { VisitSummary } from '../../../shared/api/contract';
import { formatClock, formatWindow, type Officer, type PlanViolation, type Route } from '../../../shared/domain';
import { Icon } from '../../components/Icon';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import type { PickModifiers } from '../../state/selection';
import { isOutsideWindows, percentAt, relevantWindow, routeSegments, type TimeScale } from './timeline-model';

export interface TimelineRowProps {
  officer: Officer;
  color: string;
  route: Route | undefined;
  visitsById: ReadonlyMap<string, VisitSummary>;
  scale: TimeScale;
  isLocked: boolean;
  /** Every broken rule in this route; `violationsKey` says when they changed. */
  violations: readonly PlanViolation[];
  violationsKey: string;
  pinnedKey: string;
  selectedKey: string;
  activeVisitId: string | null;
  blockIdPrefix: string;
  onPick(visitId: string, modifiers: PickModifiers): void;
  onDragPress(event: PointerEvent, visitId: string, label: string): void;
  onToggleLock(officerId: string, locked: boolean): void;
}

const place = (scale: TimeScale, fromSec: number, toSec: number) => ({
  left: `${percentAt(scale, fromSec)}%`,
  width: `${Math.max(0, percentAt(scale, toSec) - percentAt(scale, fromSec))}%`,
});

/**
 * One officer's day: shift bounds, appointment windows under each visit, travel, waiting, the
 * break and the visits at their planned times; broken rules and late starts in red. Memoised:
 * after an edit only the two changed rows render again.
 */
export const TimelineRow = memo(
  function TimelineRow(props: TimelineRowProps) {
    const { officer, color, route, visitsById, scale, isLocked, violations, activeVisitId, blockIdPrefix } = props;
    const { t, language } = useT();
    const selected = new Set(props.selectedKey ? props.selectedKey.split('\n') : []);
    const pinned = new Set(props.pinnedKey ? props.pinnedKey.split('\n') : []);
    const brokenVisits = new Set(violations.filter((v) => v.visitId !== null).map((v) => v.visitId as string));
    const routeWide = violations.filter((v) => v.visitId === null);
    const stops = route?.stops ?? [];
    const summary =
      route && stops.length > 0
        ? t('timeline.rowSummary', { count: stops.length, from: formatClock(route.departSec), to: formatClock(route.finishSec) })
        : t('timeline.noVisits');
    const problemText = violations.map((v) => pickMessage(v.message, language)).join(' ');

    return (
      <div
        className={`timeline-row${violations.length > 0 ? ' has-violation' : ''}`}
        data-drop-officer={officer.id}
        data-officer-id={officer.id}
        data-stop-count={stops.length}
        data-finish={route ? formatClock(route.finishSec) : ''}
        data-stops={stops.map((s) => `${s.visitId}@${formatClock(s.startSec)}`).join(' ')}
      >
        <div className="timeline-row__head">
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          <span className="timeline-row__name" title={officer.id}>
            {officer.name}
          </span>
          <span className="timeline-row__summary muted">{summary}</span>
          <button
            type="button"
            className={`icon-button${isLocked ? ' is-on' : ''}`}
            aria-pressed={isLocked}
            aria-label={t('timeline.lockOrder', { name: officer.name })}
            title={t(isLocked ? 'timeline.locked' : 'timeline.unlocked')}
            onClick={() => props.onToggleLock(officer.id, !isLocked)}
          >
            <Icon name={isLocked ? 'lock' : 'unlock'} />
          </button>
          {violations.length > 0 && (
            <span className="violation-badge" role="img" aria-label={problemText} title={problemText}>
              <Icon name="warning" />
              {violations.length}
            </span>
          )}
        </div>
        <div className="timeline-row__track">
          <div className="off-shift" style={place(scale, scale.startSec, officer.shiftStartSec)} />
          <div className="off-shift" style={place(scale, officer.shiftEndSec, scale.endSec)} />
          {route &&
            routeSegments(route).map((segment) => {
              if (segment.kind !== 'stop') {
                return (
                  <div
                    key={`${segment.kind}-${segment.fromSec}`}
                    className={`segment segment--${segment.kind}`}
                    style={place(scale, segment.fromSec, segment.toSec)}
                    title={t(`timeline.${segment.kind}`)}
                  />
                );
              }
              const visit = visitsById.get(segment.visitId);
              const stop = stops[segment.index];
              const window = visit ? relevantWindow(visit.windows, stop.startSec) : null;
              const isLate = visit ? isOutsideWindows(visit.windows, stop.startSec) : false;
              const isBroken = brokenVisits.has(segment.visitId) || isLate;
              const isSelected = selected.has(segment.visitId);
              const label =
                t('timeline.stop', {
                  n: segment.index + 1,
                  name: visit?.displayName ?? '',
                  id: segment.visitId,
                  from: formatClock(stop.startSec),
                  to: formatClock(stop.endSec),
                  window: window ? formatWindow(window) : '–',
                }) +
                (isLate ? ` ${t('timeline.late')}` : '') +
                (pinned.has(segment.visitId) ? ` ${t('visits.pinned')}` : '') +
                (brokenVisits.has(segment.visitId)
                  ? ` ${violations
                      .filter((v) => v.visitId === segment.visitId)
                      .map((v) => pickMessage(v.message, language))
                      .join(' ')}`
                  : '');
              const classes = [
                'stop-block',
                isBroken && 'is-violation',
                isSelected && 'is-selected',
                activeVisitId === segment.visitId && 'is-active',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <div key={segment.visitId} className="stop-slot">
                  {window && <div className="window-band" style={{ ...place(scale, window.startSec, window.endSec), background: color }} />}
                  <div
                    id={`${blockIdPrefix}-${segment.visitId}`}
                    role="button"
                    aria-pressed={isSelected}
                    aria-label={label}
                    title={label}
                    className={classes}
                    data-visit-id={segment.visitId}
                    style={{ ...place(scale, stop.startSec, stop.endSec), borderColor: color }}
                    onClick={(e) => props.onPick(segment.visitId, { toggle: e.ctrlKey || e.metaKey, range: e.shiftKey })}
                    onPointerDown={(e) => props.onDragPress(e, segment.visitId, `${visit?.displayName ?? ''} · ${segment.visitId}`)}
                  >
                    {pinned.has(segment.visitId) && <Icon name="pin" className="stop-block__pin" />}
                    {segment.index + 1}
                  </div>
                </div>
              );
            })}
          {routeWide.length > 0 && route && (
            <div className="finish-flag" style={{ left: `${percentAt(scale, route.finishSec)}%` }} title={problemText} />
          )}
        </div>
      </div>
    );
  },
  (a, b) =>
    a.route === b.route &&
    a.officer === b.officer &&
    a.color === b.color &&
    a.visitsById === b.visitsById &&
    a.scale === b.scale &&
    a.isLocked === b.isLocked &&
    a.violationsKey === b.violationsKey &&
    a.pinnedKey === b.pinnedKey &&
    a.selectedKey === b.selectedKey &&
    a.activeVisitId === b.activeVisitId &&
    a.blockIdPrefix === b.blockIdPrefix &&
    a.onPick === b.onPick &&
    a.onDragPress === b.onDragPress &&
    a.onToggleLock === b.onToggleLock,
);
