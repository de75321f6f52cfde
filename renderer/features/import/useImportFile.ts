import { useRef, useState } from 'react';
import type { ImportKind, ImportReport } from '../../../shared/api/import-report';
import type { CoordSystem, LocalDate } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { readFileAsBase64 } from './file-base64';
import { useColumnMapping, type LoadedFile } from './useColumnMapping';

/**
 * The import flow: choose kind and file, get a dry-run report at once, then write all rows or
 * only the valid ones. A file whose headers leave required columns unread gets the column-mapping
 * step first (a saved mapping of its layout applies by itself). A newer check replaces an older one
 * still on its way, so the preview always belongs to the file and kind on screen.
 */
export function useImportFile(
  onImported: (report: ImportReport, plansNeedingAttention: readonly LocalDate[]) => void | Promise<void>,
  initialKind: ImportKind = 'visits',
) {
  const check = useApiMutation('import.files');
  const store = useApiMutation('import.files');
  const [kind, setKind] = useState<ImportKind>(initialKind);
  // The system of rows that name none: the workspace's (settings.map) unless chosen here.
  const [coordSystem, setCoordSystem] = useState<CoordSystem | null>(null);
  const workspaceCoordSystem = useApiQuery('settings.map', {}).data?.importCoordSystem ?? null;
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [isReading, setIsReading] = useState(false);
  const latest = useRef(0);
  const mapping = useColumnMapping();

  const runCheck = async (
    forKind: ImportKind,
    loaded: LoadedFile,
    requestId = ++latest.current,
    mappingName?: string,
    system: CoordSystem | null = coordSystem,
  ) => {
    setPreview(null);
    setResult(null);
    mapping.close();
    const checked = await check.run({
      files: [{ kind: forKind, fileName: loaded.name, contentBase64: loaded.contentBase64, mapping: mappingName }],
      dryRun: true,
      coordSystem: system ?? undefined,
    });
    if (requestId !== latest.current) return;
    setPreview(checked?.reports[0] ?? null);
    // Refused as a whole: when for columns its headers do not name, the mapping step shows under the refusal.
    if (!checked) await mapping.offer(forKind, loaded, () => requestId === latest.current);
  };

  /** Saves the mapping step's choices and checks the file again, read with them. */
  const saveMapping = async () => {
    const name = await mapping.save();
    if (name !== undefined && file) await runCheck(kind, file, ++latest.current, name);
  };

  const chooseFile = async (chosen: File | null) => {
    const requestId = ++latest.current;
    setFile(null);
    setPreview(null);
    setResult(null);
    setReadError(null);
    check.reset();
    store.reset();
    mapping.close();
    if (!chosen) return;
    setIsReading(true);
    try {
      const loaded = { name: chosen.name, contentBase64: await readFileAsBase64(chosen) };
      if (requestId !== latest.current) return;
      setFile(loaded);
      await runCheck(kind, loaded, requestId);
    } catch (error) {
      if (requestId === latest.current) setReadError(error);
    } finally {
      if (requestId === latest.current) setIsReading(false);
    }
  };

  const chooseKind = (next: ImportKind) => {
    setKind(next);
    // The same bytes mean different things as visits or officers: check again.
    if (file) void runCheck(next, file);
  };

  const importRows = async (validRowsOnly: boolean) => {
    if (!file || !preview || store.isBusy) return;
    const stored = await store.run({
      files: [{ kind, fileName: file.name, contentBase64: file.contentBase64, mapping: preview.mappingUsed }],
      validRowsOnly,
      coordSystem: coordSystem ?? undefined,
    });
    const report = stored?.reports[0];
    if (!report) return;
    if (!report.written) {
      // The workspace changed since the check (a visit was dispatched meanwhile): show why.
      setPreview(report);
      return;
    }
    setResult(report);
    await onImported(report, stored.plansNeedingAttention);
  };

  return {
    kind,
    chooseKind,
    coordSystem,
    workspaceCoordSystem,
    chooseCoordSystem: (next: CoordSystem | null) => {
      setCoordSystem(next);
      // The same numbers are other places in another system: check again.
      if (file) void runCheck(kind, file, ++latest.current, preview?.mappingUsed, next);
    },
    chooseFile,
    preview,
    result,
    importAll: () => importRows(false),
    importValidOnly: () => importRows(true),
    mapping,
    saveMapping,
    isChecking: isReading || check.isBusy || mapping.isBusy,
    isStoring: store.isBusy,
    error: readError ?? mapping.error ?? check.error ?? store.error,
    dismissError: () => {
      setReadError(null);
      mapping.dismissError();
      check.reset();
      store.reset();
    },
  };
}
