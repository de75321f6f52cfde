import type { VisitSummary } from '../../../../shared/api/contract';
import { VISIT_FORM_COLUMNS, type VisitHistoryEntry } from '../../../../shared/api/visit-edit';
import {
  formatClock,
  formatWindow,
  type PlannedStop,
  type PlanViolation,
  type UnassignedVisit,
  type VisitOutcome,
} from '../../../../shared/domain';
import { pickMessage, type MessageKey } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { placeText as whereText } from '../places-model';

/** Where the visit is in the plan on screen. */
export interface VisitPlace {
  officerName: string;
  /** 0-based place in the route. */
  position: number;
  stop: PlannedStop;
}

export interface VisitDetailProps {
  visit: VisitSummary;
  hasPlan: boolean;
  place: VisitPlace | null;
  violations: readonly PlanViolation[];
  unassigned: UnassignedVisit | null;
  /** Null while it loads. */
  history: readonly VisitHistoryEntry[] | null;
  /** What came of the visit, once reported. */
  outcome?: VisitOutcome | null;
}

/** Everything about one visit the dispatcher may see: the record (masked), its place in the plan, what is wrong, what changed. */
export function VisitDetail({ visit, hasPlan, place, violations, unassigned, history, outcome = null }: VisitDetailProps) {
  const { t, language } = useT();
  const problems = [...violations.map((v) => v.message), ...(unassigned ? [unassigned.message] : [])];
  const rows: [MessageKey, string][] = [
    ['visitDetail.customer', `${visit.displayName} · ${visit.customerId}`],
    ['visitDetail.phone', visit.phoneMasked],
    ['visitDetail.address', visit.address],
    ['visitDetail.place', whereText(visit, t)],
    ['visitDetail.kind', t(`kind.${visit.kind}`)],
    ['visitDetail.windows', visit.windows.map(formatWindow).join('; ')],
    ['visitDetail.service', t('visitDetail.serviceMinutes', { minutes: Math.round(visit.serviceSec / 60) })],
    ['visitDetail.priority', String(visit.priority)],
    ['visitDetail.skills', visit.requiredSkills.join(', ') || t('visitDetail.noSkills')],
    ['visitDetail.approval', visit.approvalRef],
    ['visitDetail.approvedBy', visit.approvedBy ?? t('visitDetail.approverUnknown')],
    ['visitDetail.approvalExpires', visit.approvalExpires ?? t('visitDetail.noExpiry')],
    [
      'visitDetail.approvalScope',
      visit.approvalScope?.map((kind) => t(`kind.${kind}`)).join(language === 'zh' ? '、' : ', ') ?? t('visitDetail.anyKind'),
    ],
    ['visitDetail.status', t(`status.${visit.status}`)],
    ...(outcome ? [['visitDetail.outcome', outcomeText(outcome)] as [MessageKey, string]] : []),
    ['visitDetail.position', placeText()],
    ['visitDetail.notes', visit.notes],
  ];

  function outcomeText(o: VisitOutcome): string {
    const parts = [t(`outcome.kind.${o.outcome}`), t(`outcome.result.${o.result}`)];
    if (o.arrivedSec !== null || o.leftSec !== null) {
      parts.push(`${o.arrivedSec === null ? '?' : formatClock(o.arrivedSec)}–${o.leftSec === null ? '?' : formatClock(o.leftSec)}`);
    }
    if (o.promiseAmount !== null && o.promiseDate !== null)
      parts.push(t('visitDetail.promise', { amount: o.promiseAmount, date: o.promiseDate }));
    if (o.remarks) parts.push(o.remarks);
    return parts.join(' · ');
  }

  function placeText(): string {
    if (!hasPlan) return t('visitDetail.noPlan');
    if (!place) return t('visitDetail.notInPlan');
    return t('visitDetail.positionAt', {
      n: place.position + 1,
      officer: place.officerName,
      arrival: formatClock(place.stop.arrivalSec),
      start: formatClock(place.stop.startSec),
      end: formatClock(place.stop.endSec),
    });
  }

  return (
    <div className="visit-detail">
      <dl className="visit-detail__fields">
        {rows.map(([key, value]) => (
          <div key={key} className="visit-detail__row" data-field={key.slice('visitDetail.'.length)}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('visitDetail.problems')}</h3>
      {problems.length === 0 ? (
        <p className="muted">{t('visitDetail.noProblems')}</p>
      ) : (
        <ul className="visit-detail__problems" data-testid="visit-problems">
          {problems.map((p, i) => (
            <li key={i} className={i < violations.length ? 'violation-text' : undefined}>
              {pickMessage(p, language)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('visitDetail.history')}</h3>
      {history === null ? (
        <p className="muted">{t('visitDetail.loading')}</p>
      ) : history.length === 0 ? (
        <p className="muted">{t('visitDetail.noHistory')}</p>
      ) : (
        <ul className="visit-detail__history">
          {history.map((entry, i) => (
            <li key={i}>
              {t('visitDetail.historyEntry', {
                at: new Date(entry.at).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB'),
                actor: entry.actor,
                action: t(`visitDetail.action.${entry.action}`, {
                  fields: entry.fields.map((f) => fieldLabel(f, t)).join(language === 'zh' ? '、' : ', '),
                }),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A form field as the screens name it (the import's column name). */
export function fieldLabel(field: string, t: (key: MessageKey) => string): string {
  const column = (VISIT_FORM_COLUMNS as Record<string, string>)[field];
  return column ? t(`column.${column}` as MessageKey) : field;
}
