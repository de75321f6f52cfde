import type { Repos } from '../db/repos';
import type { LocalDate } from '../../../shared/domain';
import { generateDemoDay, toCsv, OFFICER_COLUMNS, VISIT_COLUMNS } from '../../../shared/demo';
import { badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { importFiles, type ImportRequest } from './import-service';

/**
 * A realistic day for a team of 25: about nine visits per officer, which is what a field officer
 * manages in a city day once travel, waiting for appointment windows and lunch are counted.
 */
export const DEMO_DEFAULTS = { visits: 220, officers: 25, seed: 1 } as const;

export interface DemoRequest {
  date: LocalDate;
  visits: number;
  officers: number;
  seed: number;
}

/** The demo day as the two CSV files a dispatcher would import (UTF-8 with BOM, as Excel saves). */
export function demoFiles(request: DemoRequest): { visitsCsv: string; officersCsv: string } {
  const day = generateDemoDay(request);
  return {
    visitsCsv: '\uFEFF' + toCsv(day.visits, VISIT_COLUMNS),
    officersCsv: '\uFEFF' + toCsv(day.officers, OFFICER_COLUMNS),
  };
}

/**
 * Loads a synthetic demo day into the workspace through the normal import path, so a newcomer
 * sees the whole flow without preparing files.
 */
export async function loadDemo(repos: Repos, request: DemoRequest): Promise<{ visits: number; officers: number }> {
  const files = demoFiles(request);
  const encoder = new TextEncoder();
  const file = (kind: ImportRequest['kind'], csv: string): ImportRequest => ({
    kind,
    fileName: `demo-${kind}.csv`,
    bytes: encoder.encode(csv),
    dryRun: false,
    validRowsOnly: false,
    actor: 'demo',
  });
  const [officers, visits] = await importFiles(repos, [file('officers', files.officersCsv), file('visits', files.visitsCsv)]);
  if (!officers.written || !visits.written) {
    const first = [...officers.errors, ...visits.errors][0];
    throw badInput(message('workspace.demoFailed', { problem: first?.message ?? message('workspace.unknownProblem') }));
  }
  return { visits: visits.rowCount, officers: officers.rowCount };
}
