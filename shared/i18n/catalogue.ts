import type { BaseKey } from './define';
import { backendMessages } from './messages/backend';
import { benchmarkMessages } from './messages/benchmark';
import { importMessages } from './messages/import';
import { planEditMessages } from './messages/plan-edit';
import { reasonMessages } from './messages/reasons';
import { screenMessages } from './messages/screens';
import { visitEditMessages } from './messages/visit-edit';
import { officerEditMessages } from './messages/officer-edit';
import { officersScreenMessages } from './messages/officers-screen';
import { planAttentionMessages } from './messages/plan-attention';
import { itineraryMessages } from './messages/itinerary';
import { routeSheetMessages } from './messages/route-sheet';
import { exportDialogMessages } from './messages/export-dialog';
import { itineraryFileMessages } from './messages/itinerary-files';
import { caseFileMessages } from './messages/case-file';
import { visitRulesMessages } from './messages/visit-rules';
import { keptOutMessages } from './messages/kept-out';
import { certificateMessages } from './messages/certificates';
import { holdMessages } from './messages/holds';
import { approvalMessages } from './messages/approvals';
import { rulesScreenMessages } from './messages/rules-screen';
import { holdsScreenMessages } from './messages/holds-screen';
import { userMessages } from './messages/users';
import { outcomeMessages } from './messages/outcomes';
import { usersScreenMessages } from './messages/users-screen';
import { followUpsScreenMessages } from './messages/follow-ups-screen';
import { followUpRulesMessages } from './messages/follow-up-rules';
import { settingsScreenMessages } from './messages/settings-screen';
import { roadTravelMessages } from './messages/road-travel';
import { mapSettingsMessages } from './messages/map-settings';
import { officerDaysMessages } from './messages/officer-days';
import { areaSelectMessages } from './messages/area-select';
import { supervisorReportMessages } from './messages/supervisor-report';
import { columnMappingMessages } from './messages/column-mapping';
import { geocodingMessages } from './messages/geocoding';
import { territoryMessages } from './messages/territories';
import { retentionMessages } from './messages/retention';
import { workspaceFileMessages } from './messages/workspace-files';
import { backupMessages } from './messages/backups';
import { diagnosticsMessages } from './messages/diagnostics';

/** Every namespace; a key lives in exactly one (a test checks it). */
export const namespaces = {
  screenMessages,
  importMessages,
  planEditMessages,
  reasonMessages,
  backendMessages,
  benchmarkMessages,
  officerEditMessages,
  officersScreenMessages,
  visitEditMessages,
  planAttentionMessages,
  itineraryMessages,
  routeSheetMessages,
  exportDialogMessages,
  itineraryFileMessages,
  caseFileMessages,
  visitRulesMessages,
  keptOutMessages,
  certificateMessages,
  holdMessages,
  approvalMessages,
  rulesScreenMessages,
  holdsScreenMessages,
  userMessages,
  outcomeMessages,
  usersScreenMessages,
  followUpsScreenMessages,
  followUpRulesMessages,
  settingsScreenMessages,
  roadTravelMessages,
  mapSettingsMessages,
  officerDaysMessages,
  areaSelectMessages,
  supervisorReportMessages,
  columnMappingMessages,
  geocodingMessages,
  territoryMessages,
  retentionMessages,
  workspaceFileMessages,
  backupMessages,
  diagnosticsMessages,
};

type All = typeof screenMessages.en &
  typeof importMessages.en &
  typeof planEditMessages.en &
  typeof reasonMessages.en &
  typeof backendMessages.en &
  typeof benchmarkMessages.en &
  typeof officerEditMessages.en &
  typeof officersScreenMessages.en &
  typeof visitEditMessages.en &
  typeof planAttentionMessages.en &
  typeof itineraryMessages.en &
  typeof routeSheetMessages.en &
  typeof exportDialogMessages.en &
  typeof itineraryFileMessages.en &
  typeof caseFileMessages.en &
  typeof visitRulesMessages.en &
  typeof keptOutMessages.en &
  typeof certificateMessages.en &
  typeof holdMessages.en &
  typeof approvalMessages.en &
  typeof rulesScreenMessages.en &
  typeof holdsScreenMessages.en &
  typeof followUpsScreenMessages.en &
  typeof followUpRulesMessages.en &
  typeof settingsScreenMessages.en &
  typeof roadTravelMessages.en &
  typeof mapSettingsMessages.en &
  typeof officerDaysMessages.en &
  typeof areaSelectMessages.en &
  typeof supervisorReportMessages.en &
  typeof columnMappingMessages.en &
  typeof geocodingMessages.en &
  typeof territoryMessages.en &
  typeof retentionMessages.en &
  typeof workspaceFileMessages.en &
  typeof backupMessages.en &
  typeof diagnosticsMessages.en &
  typeof userMessages.en &
  typeof outcomeMessages.en &
  typeof usersScreenMessages.en;

/** The one catalogue: every sentence a user can read, by message code, in English and Chinese. */
export const catalogue = {
  en: Object.assign({}, ...Object.values(namespaces).map((n) => n.en)) as Record<string, string>,
  zh: Object.assign({}, ...Object.values(namespaces).map((n) => n.zh)) as Record<string, string>,
};

/** A message code as callers write it (plural forms are asked for with `count`). */
export type MessageKey = BaseKey<keyof All & string>;
