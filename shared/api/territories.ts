import { z } from 'zod';
import { Territory, TerritoryDraft } from '../domain';

/** Most text a territories file may have: a city's detailed districts fit well within it. */
export const MAX_TERRITORY_FILE_CHARS = 20_000_000;

/** A territories file to import (GeoJSON text), named for the messages and the audit log. */
export const TerritoryImport = z.object({
  fileName: z.string().trim().min(1).max(260),
  content: z.string().min(1).max(MAX_TERRITORY_FILE_CHARS),
});
export type TerritoryImport = z.infer<typeof TerritoryImport>;

/** What an import stored: every territory of the file, and how many were new or replaced one of the same name. */
export const TerritoryImportResult = z.object({
  territories: z.array(Territory),
  added: z.number().int(),
  replaced: z.number().int(),
});
export type TerritoryImportResult = z.infer<typeof TerritoryImportResult>;

/** A territory drawn or edited on screen: a new one without `id`, a change to one with it. */
export const TerritorySave = TerritoryDraft.extend({ id: z.number().int().min(1).optional() });
export type TerritorySave = z.infer<typeof TerritorySave>;

/** One problem of a refused import, as `details.problems` lists them (feature 1 = the first). */
export const TerritoryFileProblem = z.object({
  feature: z.number().int().nullable(),
  field: z.string(),
  message: z.object({ en: z.string(), zh: z.string() }),
});
