import type { ExpiringCertificate } from '../../../shared/api/certificates';
import { useT } from '../../i18n/useT';
import { joinList } from '../officers/officer-view';

export interface CertificateTableProps {
  /** The group's title, the table's caption. */
  title: string;
  certificates: readonly ExpiringCertificate[];
  /** Whether to show the visit kinds needing each certificate (the required group). */
  showKinds: boolean;
}

/** One group of the warning list: officer, certificate, (visit kinds needing it,) last valid day, days left; expired rows say so. */
export function CertificateTable({ title, certificates, showKinds }: CertificateTableProps) {
  const { t, language } = useT();
  const left = (daysLeft: number) => {
    if (daysLeft < 0) return t('certificates.expired', { count: -daysLeft });
    return daysLeft === 0 ? t('certificates.lastDay') : t('certificates.daysLeft', { count: daysLeft });
  };
  return (
    <div className="table-scroll">
      <table className="certificate-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('holdsScreen.certificates.col.officer')}</th>
            <th scope="col">{t('holdsScreen.certificates.col.certificate')}</th>
            {showKinds && <th scope="col">{t('holdsScreen.certificates.col.kinds')}</th>}
            <th scope="col">{t('holdsScreen.certificates.col.validUntil')}</th>
            <th scope="col">{t('holdsScreen.certificates.col.left')}</th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((c) => (
            <tr
              key={`${c.officerId}/${c.certificate}`}
              className={c.daysLeft < 0 ? 'certificate-row is-expired' : 'certificate-row'}
              data-officer-id={c.officerId}
            >
              <td>
                {c.officerName} <span className="muted mono">{c.officerId}</span>
              </td>
              <td>{c.certificate}</td>
              {showKinds && (
                <td>
                  {joinList(
                    language,
                    c.kinds.map((kind) => t(`kind.${kind}`)),
                  )}
                </td>
              )}
              <td>{c.validUntil}</td>
              <td>
                {c.daysLeft < 0 ? (
                  <strong className="certificate-expired">{t('holdsScreen.certificates.expired', { left: left(c.daysLeft) })}</strong>
                ) : (
                  left(c.daysLeft)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
