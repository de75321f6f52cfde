import { z } from 'zod';

/**
 * Who reads an exported copy. `officer`: what the officer needs at the door and nothing more
 * (phone and customer ID masked, amounts only where allowed, no other visits); `supervisor`: full.
 */
export const PrivacyProfile = z.enum(['officer', 'supervisor']);
export type PrivacyProfile = z.infer<typeof PrivacyProfile>;

/**
 * The files a day's plan exports as: itineraries an officer walks out with (`pdf` route sheets, an
 * `xlsx` workbook, `csv`, `ics` calendars, `gpx` and `geojson` routes), all of them in one `bundle`
 * (ZIP), or the plan as `json` for other systems.
 */
export const ExportFormat = z.enum(['bundle', 'pdf', 'xlsx', 'csv', 'ics', 'gpx', 'geojson', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Formats whose officer copies hand the visits to the field: exporting them dispatches the visits. */
export const DISPATCHING_FORMATS: ReadonlySet<ExportFormat> = new Set(['bundle', 'pdf', 'xlsx', 'csv', 'ics', 'gpx']);

/** Workspace settings for officer copies of itineraries. */
export const ItinerarySettings = z.object({
  /** Officers call customers directly, so their copies carry the full phone number. */
  officersCallCustomers: z.boolean(),
  /** Officer copies of collection visits show the amount overdue. */
  officersSeeOverdueAmounts: z.boolean(),
});
export type ItinerarySettings = z.infer<typeof ItinerarySettings>;

export const DEFAULT_ITINERARY_SETTINGS: ItinerarySettings = { officersCallCustomers: false, officersSeeOverdueAmounts: false };
