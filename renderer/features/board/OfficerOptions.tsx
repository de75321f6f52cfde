import type { Officer, Route } from '../../../shared/domain';
import { useT } from '../../i18n/useT';

export interface OfficerOptionsProps {
  officers: readonly Officer[];
  routeOf: ReadonlyMap<string, Route>;
  lockedOfficers: ReadonlySet<string>;
}

/** The officers a move can go to, each with their visit count and a locked route marked. */
export function OfficerOptions({ officers, routeOf, lockedOfficers }: OfficerOptionsProps) {
  const { t } = useT();
  return officers.map((o) => (
    <option key={o.id} value={o.id}>
      {t('move.officerOption', { name: o.name, count: routeOf.get(o.id)?.stops.length ?? 0 })}
      {lockedOfficers.has(o.id) ? ` ${t('move.locked')}` : ''}
    </option>
  ));
}
