import type { ImportReport } from '../../../shared/api/import-report';
import { useT } from '../../i18n/useT';
import { ImportErrorTable } from './ImportErrorTable';
import { previewFacts } from './import-view';

/** What the check found: file facts, then the row errors if any (the outcome sentence is the dialog's status). */
export function ImportPreview({ report }: { report: ImportReport }) {
  const { t } = useT();
  return (
    <section className="import-preview" aria-label={t('import.preview')}>
      <dl className="import-facts">
        {previewFacts(report).map((fact) => (
          <div key={fact.label}>
            <dt>{t(fact.label)}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {report.mappingUsed !== undefined && <p className="import-mapping-used">{t('import.mapping.used', { name: report.mappingUsed })}</p>}
      {report.errors.length === 0 ? <p>{t('import.noErrors')}</p> : <ImportErrorTable errors={report.errors} />}
    </section>
  );
}
