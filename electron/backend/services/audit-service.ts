import type { AuditVerdict } from '../../../shared/api/contract';
import type { Language } from '../../../shared/domain';
import { caseFilePdf } from '../export/case-file-pdf';
import { safeFileName } from '../export/file-names';
import { buildCaseFile } from './case-file-service';
import type { ExportFile } from './export-service';
import { message } from '../../../shared/i18n';
import type { ChainBreak } from '../db/audit-chain';
import type { Repos } from '../db/repos';

/** The sentence for a chain: intact, or where and how it breaks. */
function describe(entries: number, broken: ChainBreak | null) {
  if (!broken) return message('audit.intact', { count: entries });
  switch (broken.kind) {
    case 'changed':
      return message('audit.changed', { id: broken.id });
    case 'missing':
      return message('audit.missing', { id: broken.id, after: broken.after });
    case 'unsealed':
      return message('audit.unsealed', { id: broken.id });
    case 'headMismatch':
      return message('audit.headMismatch', { id: broken.id, lastId: broken.lastId });
  }
}

/** Whether the workspace's audit trail is as this app wrote it, entry by entry. */
export function verifyAudit(repos: Repos): AuditVerdict {
  const { entries, broken } = repos.audit.verify();
  return { intact: broken === null, entries, brokenAt: broken?.id ?? null, message: describe(entries, broken) };
}

/** A customer's case file as a file to save: `case-file-<customer>.pdf` or `.json`. */
export async function caseFileExport(repos: Repos, customerId: string, format: 'pdf' | 'json', language: Language): Promise<ExportFile> {
  const caseFile = buildCaseFile(repos, customerId, language);
  const name = safeFileName(`case-file-${customerId}.${format}`);
  if (format === 'json') {
    return { name, mediaType: 'application/json', content: JSON.stringify(caseFile, null, 2) + '\n', encoding: 'utf8' };
  }
  const bytes = await caseFilePdf(caseFile);
  return { name, mediaType: 'application/pdf', content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}
