import { useT } from '../../i18n/useT';
import { CustomerHolds } from './CustomerHolds';
import { ExpiringCertificates } from './ExpiringCertificates';

/**
 * The holds screen (issue 18): holds on customers, placed and released here, beside the warning
 * list of officers' certificates that end soon. Reads and writes through the API only; needs no props.
 */
export function HoldsScreen() {
  const { t } = useT();
  return (
    <main className="holds-screen" aria-label={t('holdsScreen.tab')}>
      <CustomerHolds />
      <ExpiringCertificates />
    </main>
  );
}
