import type { TravelSource } from '../../../shared/domain';
import { travelNote } from '../../../shared/logic/travel-note';
import { useT } from '../../i18n/useT';

/** Says, above the board, that the plan's travel times are straight-line estimates because its road server could not be reached. */
export function TravelSourceNotice({ source }: { source: TravelSource | null | undefined }) {
  const { language } = useT();
  const note = travelNote(source, language);
  if (note === null) return null;
  return (
    <p className="travel-fallback" role="status">
      {note}
    </p>
  );
}
