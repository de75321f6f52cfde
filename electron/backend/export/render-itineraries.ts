import { zipSync, strToU8, type Zippable } from 'fflate';
import type { ExportFormat, LocalDate } from '../../../shared/domain';
import type { DaySummary, Itinerary } from '../../../shared/logic/itinerary';
import { dayFileName, itineraryFileName, officerFolderName, type OfficerFileKind } from './file-names';
import { itineraryCsv } from './itinerary-csv';
import { itineraryIcs } from './itinerary-ics';
import { itineraryWorkbook } from './itinerary-xlsx';
import { navigationLinksHtml } from './navigation-links-html';
import { routeGeoJson } from './route-geojson';
import { routeGpx } from './route-gpx';
import { routeSheetPdf } from './route-sheet-pdf';

/** A rendered file: text (UTF-8) or bytes. */
export interface RenderedFile {
  name: string;
  mediaType: string;
  content: string | Uint8Array;
}

export type ItineraryFormat = Exclude<ExportFormat, 'json'>;

export const MEDIA_TYPES: Record<OfficerFileKind, string> = {
  csv: 'text/csv',
  pdf: 'application/pdf',
  ics: 'text/calendar',
  gpx: 'application/gpx+xml',
  geojson: 'application/geo+json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  links: 'text/html',
};

/** The summary without the day's other officers and unassigned visits: an officer's own copy has no summary sheet. */
function officerOnly(summary: DaySummary): DaySummary {
  return { ...summary, officers: [], unassigned: [] };
}

/** One officer's file of one kind. */
async function officerFile(kind: OfficerFileKind, itinerary: Itinerary, summary: DaySummary): Promise<RenderedFile> {
  const name = itineraryFileName(itinerary.date, itinerary.officer.id, kind);
  const media = MEDIA_TYPES[kind];
  switch (kind) {
    case 'csv':
      return { name, mediaType: media, content: itineraryCsv(itinerary, { withBom: true }) };
    case 'pdf':
      return { name, mediaType: media, content: await routeSheetPdf(itinerary) };
    case 'ics':
      return { name, mediaType: media, content: itineraryIcs(itinerary) };
    case 'gpx':
      return { name, mediaType: media, content: routeGpx(itinerary) };
    case 'geojson':
      return { name, mediaType: media, content: JSON.stringify(routeGeoJson(itinerary), null, 2) + '\n' };
    case 'xlsx':
      return { name, mediaType: media, content: await itineraryWorkbook([itinerary], officerOnly(summary)) };
    case 'links':
      return { name, mediaType: media, content: navigationLinksHtml(itinerary) };
  }
}

/** What an officer's folder in the bundle holds. */
const BUNDLE_KINDS: readonly OfficerFileKind[] = ['pdf', 'xlsx', 'ics', 'gpx', 'links'];

/**
 * A day's itineraries in one format: one file per officer, one workbook for the day (a sheet per
 * officer and a summary sheet), or one ZIP with a folder per officer and the dispatcher's summary.
 */
export async function renderItineraries(
  format: ItineraryFormat,
  date: LocalDate,
  itineraries: readonly Itinerary[],
  daySummary: DaySummary,
  scope: 'day' | 'officer',
): Promise<RenderedFile[]> {
  // One officer's export carries nothing of the others, not even their workloads.
  const summary = scope === 'day' ? daySummary : officerOnly(daySummary);
  if (format === 'xlsx') {
    return [
      {
        name: dayFileName('itineraries', date, 'xlsx'),
        mediaType: MEDIA_TYPES.xlsx,
        content: await itineraryWorkbook(itineraries, summary),
      },
    ];
  }
  if (format !== 'bundle') {
    const files: RenderedFile[] = [];
    for (const itinerary of itineraries) files.push(await officerFile(format, itinerary, summary));
    return files;
  }
  const entries: Zippable = {};
  const mtime = new Date(summary.exportedAt);
  // PDFs and workbooks are compressed already: stored as they are, deflating them again costs time for little.
  const put = (path: string, content: string | Uint8Array) => {
    entries[path] = typeof content === 'string' ? [strToU8(content), { mtime, level: 6 }] : [content, { mtime, level: 0 }];
  };
  for (const itinerary of itineraries) {
    const folder = officerFolderName(itinerary.officer.id, itinerary.officer.name);
    for (const kind of BUNDLE_KINDS) {
      const file = await officerFile(kind, itinerary, summary);
      put(`${folder}/${file.name}`, file.content);
    }
  }
  if (scope === 'day') put(dayFileName('dispatcher-summary', date, 'xlsx'), await itineraryWorkbook([], summary));
  const zip = zipSync(entries);
  return [{ name: dayFileName('itineraries', date, 'zip'), mediaType: 'application/zip', content: zip }];
}
