import { translate, type MessageKey, type MessageValues } from '../../../shared/i18n';
import type { Itinerary, ItineraryPlace } from '../../../shared/logic/itinerary';
import { finishEveryPage, openPdf } from './pdf-document';
import { drawRouteMap, MAP_LEGEND_HEIGHT, type MapLabels } from './route-sheet-map';
import { kilometres, PALETTE, stopBlock, stopFrame, type Say, type StopFrame } from './route-sheet-stop';

// A4 in points, and the sheet's own margins (the document's are 0: this file places every line itself).
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const LEFT = 40;
const WIDTH = PAGE_WIDTH - 2 * LEFT;
const TOP = 40;
const BOTTOM = PAGE_HEIGHT - 50;
const GAP = 8;
/** A divider row: the break, or the way back. */
const DIVIDER_HEIGHT = 22;
const MAP_HEIGHT = 160;

const { ink: INK, muted: MUTED, rule: RULE, accent: ACCENT } = PALETTE;

/** One sheet being drawn: the document, the itinerary, its language, and where the next block goes. */
interface Sheet {
  doc: PDFKit.PDFDocument;
  itinerary: Itinerary;
  say: Say;
  stops: StopFrame;
  y: number;
}

/** `translate` in one language, remembering sentences without values (a sheet asks for each label once per visit). */
function sayer(language: Itinerary['language']): Say {
  const labels = new Map<MessageKey, string>();
  return (key, values) => {
    if (values) return translate(language, key, values);
    let label = labels.get(key);
    if (label === undefined) {
      label = translate(language, key);
      labels.set(key, label);
    }
    return label;
  };
}

/**
 * One officer's day as a printable A4 route sheet: a header with the day's summary, a vector map of
 * the route, then a block per visit in route order (times, customer, verification code, a QR code
 * to navigate, room for the outcome and a signature) with the break where it falls. Every page
 * carries the watermark and "page X of Y". Prints only what the itinerary holds.
 */
export async function routeSheetPdf(itinerary: Itinerary): Promise<Uint8Array> {
  const { doc, bytes } = await openPdf({
    language: itinerary.language,
    title: translate(itinerary.language, 'routeSheet.runningHead', runningHeadValues(itinerary)),
    author: itinerary.officer.name,
    createdAt: itinerary.exportedAt,
  });
  const say = sayer(itinerary.language);
  const sheet: Sheet = { doc, itinerary, say, stops: stopFrame(doc, say, itinerary.language, LEFT, WIDTH), y: TOP };
  newPage(sheet, true);
  drawHeader(sheet);
  drawMap(sheet);
  drawStops(sheet);
  finishPages(sheet);
  doc.end();
  return bytes;
}

function runningHeadValues(itinerary: Itinerary): MessageValues {
  return {
    title: translate(itinerary.language, 'itinerary.title'),
    officerName: itinerary.officer.name,
    officerId: itinerary.officer.id,
    date: itinerary.date,
  };
}

/** A fresh page; pages after the first open with a running head naming the officer and the day. */
function newPage(sheet: Sheet, isFirst = false): void {
  sheet.doc.addPage({ size: 'A4', margin: 0 });
  sheet.y = TOP;
  if (isFirst) return;
  const { doc } = sheet;
  doc.font('regular').fontSize(8).fillColor(MUTED);
  doc.text(sheet.say('routeSheet.runningHead', runningHeadValues(sheet.itinerary)), LEFT, TOP - 14, { width: WIDTH, lineBreak: false });
  doc
    .lineWidth(0.5)
    .moveTo(LEFT, TOP)
    .lineTo(LEFT + WIDTH, TOP)
    .stroke(RULE);
  sheet.y = TOP + 10;
}

/** Starts a new page unless `height` more points fit on this one. */
function ensureRoom(sheet: Sheet, height: number): void {
  if (sheet.y + height > BOTTOM) newPage(sheet);
}

function drawHeader(sheet: Sheet): void {
  const { doc, itinerary, say } = sheet;
  doc.font('bold').fontSize(20).fillColor(INK);
  doc.text(say('itinerary.title'), LEFT, TOP - 6, { lineBreak: false });
  drawBadge(sheet, say(`itinerary.profile.${itinerary.profile}`));
  const officer = itinerary.officer;
  drawFieldColumns(sheet, TOP + 28, [
    [say('itinerary.officer'), say('routeSheet.officerWithId', { name: officer.name, id: officer.id })],
    [say('itinerary.team'), officer.team],
    [say('itinerary.date'), itinerary.date],
    [say('itinerary.shift'), officer.shift],
  ]);
  const summary = itinerary.summary;
  doc.roundedRect(LEFT, TOP + 62, WIDTH, 34, 3).fill('#edf2f7');
  drawFieldColumns(sheet, TOP + 66, [
    [say('itinerary.visits'), String(summary.visits)],
    [say('itinerary.distance'), say('itinerary.distanceKm', { km: kilometres(summary.distanceM) })],
    [say('itinerary.workingHours'), hoursAndMinutes(say, summary.workingMin)],
    [say('itinerary.depart'), summary.depart],
    [say('itinerary.finish'), summary.finish],
  ]);
  sheet.y = TOP + 104;
  drawPlaceLine(sheet, say('itinerary.start'), placeText(itinerary.start));
  drawPlaceLine(sheet, say('itinerary.end'), itinerary.end ? placeText(itinerary.end) : say('itinerary.openEnd'));
  if (itinerary.travelNote !== null) drawTravelNote(sheet, itinerary.travelNote);
}

/** A fallback plan's sentence (straight-line travel times), in the warning colour under the places. */
function drawTravelNote(sheet: Sheet, note: string): void {
  const { doc } = sheet;
  doc.font('bold').fontSize(9).fillColor('#9c4221');
  const height = doc.heightOfString(note, { width: WIDTH });
  doc.text(note, LEFT, sheet.y + 2, { width: WIDTH });
  sheet.y += height + 6;
}

/** The copy's reader (officer or supervisor), boxed at the top right. */
function drawBadge(sheet: Sheet, label: string): void {
  const { doc } = sheet;
  const isSupervisor = sheet.itinerary.profile === 'supervisor';
  doc.font('bold').fontSize(9);
  const width = doc.widthOfString(label) + 16;
  const x = LEFT + WIDTH - width;
  doc
    .lineWidth(0.8)
    .roundedRect(x, TOP - 4, width, 20, 3)
    .fillAndStroke(isSupervisor ? '#fff4e5' : '#e8f1fb', isSupervisor ? '#c05621' : ACCENT);
  doc.fillColor(isSupervisor ? '#9c4221' : ACCENT).text(label, x + 8, TOP + 0.5, { lineBreak: false });
}

/** Label-over-value pairs spread evenly across the page width. */
function drawFieldColumns(sheet: Sheet, y: number, fields: readonly [string, string][]): void {
  const { doc } = sheet;
  const columnWidth = WIDTH / fields.length;
  fields.forEach(([label, value], i) => {
    const x = LEFT + 8 + i * columnWidth;
    doc.font('regular').fontSize(7.5).fillColor(MUTED);
    doc.text(label, x, y, { width: columnWidth - 12, height: 11, ellipsis: true });
    doc.font('bold').fontSize(10.5).fillColor(INK);
    doc.text(value, x, y + 11, { width: columnWidth - 12, height: 15, ellipsis: true });
  });
}

function drawPlaceLine(sheet: Sheet, label: string, value: string): void {
  const { doc } = sheet;
  doc.font('regular').fontSize(8).fillColor(MUTED);
  doc.text(label, LEFT, sheet.y + 1, { width: 62, lineBreak: false });
  doc.fontSize(9).fillColor(INK);
  doc.text(value, LEFT + 64, sheet.y, { width: WIDTH - 64, height: 13, ellipsis: true });
  sheet.y += 14;
}

function drawMap(sheet: Sheet): void {
  const { itinerary, say } = sheet;
  const labels: MapLabels = {
    startMark: say('routeSheet.mapStartMark'),
    endMark: say('routeSheet.mapEndMark'),
    north: say('routeSheet.north'),
    startPlace: say('itinerary.start'),
    endPlace: say('itinerary.end'),
    stops: say('routeSheet.mapStops'),
    scale: (metres) => (metres >= 1000 ? say('itinerary.distanceKm', { km: metres / 1000 }) : say('routeSheet.scaleMetres', { metres })),
  };
  const box = { x: LEFT, y: sheet.y + 4, width: WIDTH, height: MAP_HEIGHT };
  drawRouteMap(
    sheet.doc,
    { start: itinerary.start.location, stops: itinerary.stops.map((stop) => stop.location), end: itinerary.end?.location ?? null },
    box,
    labels,
  );
  sheet.y = box.y + box.height + MAP_LEGEND_HEIGHT + 2 + GAP;
}

/** The visits in route order, with the break after stop `afterStop` (-1: before the first) and the way back. */
function drawStops(sheet: Sheet): void {
  const breakTaken = sheet.itinerary.breakTaken;
  if (breakTaken?.afterStop === -1) drawBreak(sheet);
  const stops = sheet.itinerary.stops;
  stops.forEach((stop, i) => {
    const block = stopBlock(sheet.stops, stop);
    // A visit is never cut in half, and the way back stays on the last visit's page.
    ensureRoom(sheet, block.height + (i === stops.length - 1 && breakTaken?.afterStop !== i ? DIVIDER_HEIGHT + GAP : 0));
    block.draw(sheet.y);
    sheet.y += block.height + GAP;
    if (breakTaken?.afterStop === i) drawBreak(sheet);
  });
  drawReturn(sheet);
}

function drawBreak(sheet: Sheet): void {
  const breakTaken = sheet.itinerary.breakTaken;
  if (!breakTaken) return;
  const text = sheet.say('routeSheet.breakRow', { label: sheet.say('itinerary.break'), start: breakTaken.start, end: breakTaken.end });
  drawDividerRow(sheet, text, '#fefcbf', '#b7791f');
}

function drawReturn(sheet: Sheet): void {
  const { itinerary, say } = sheet;
  const text = itinerary.end
    ? say('routeSheet.returnRow', { arrival: itinerary.returnLeg.arrival, place: placeText(itinerary.end) })
    : say('itinerary.openEnd');
  drawDividerRow(sheet, text, '#e6fffa', '#2c7a7b');
}

/** A dashed rule across the page with a labelled pill: the break, or the way back. */
function drawDividerRow(sheet: Sheet, text: string, fill: string, stroke: string): void {
  const { doc } = sheet;
  const height = DIVIDER_HEIGHT;
  ensureRoom(sheet, height);
  const middle = sheet.y + height / 2;
  doc
    .save()
    .lineWidth(0.8)
    .dash(3, { space: 3 })
    .moveTo(LEFT, middle)
    .lineTo(LEFT + WIDTH, middle)
    .stroke(stroke)
    .restore();
  doc.font('regular').fontSize(9);
  const width = Math.min(doc.widthOfString(text) + 20, WIDTH - 40);
  doc
    .lineWidth(0.8)
    .roundedRect(LEFT + 24, sheet.y + 2, width, height - 4, (height - 4) / 2)
    .fillAndStroke(fill, stroke);
  doc.fillColor(INK).text(text, LEFT + 34, sheet.y + 5.5, { width: width - 20, height: 12, ellipsis: true });
  sheet.y += height + GAP;
}

// ---- Every page ----

/** The watermark across every page, on top so no filled box hides it, and "page X of Y" at the foot. */
function finishPages(sheet: Sheet): void {
  const { doc, say } = sheet;
  finishEveryPage(doc, (page, pages) => {
    doc
      .lineWidth(0.5)
      .moveTo(LEFT, PAGE_HEIGHT - 40)
      .lineTo(LEFT + WIDTH, PAGE_HEIGHT - 40)
      .stroke(RULE);
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(say('routeSheet.page', { page, pages }), LEFT, PAGE_HEIGHT - 34, { width: WIDTH, align: 'center', lineBreak: false });
    drawWatermark(doc, sheet.itinerary.watermark);
  });
}

function drawWatermark(doc: PDFKit.PDFDocument, text: string): void {
  doc.save();
  doc.rotate(-35, { origin: [PAGE_WIDTH / 2, PAGE_HEIGHT / 2] });
  doc.font('regular').fontSize(14).fillColor('#8a94a0').fillOpacity(0.16);
  const width = doc.widthOfString(text);
  for (const offset of [-210, 0, 210]) {
    doc.text(text, (PAGE_WIDTH - width) / 2, PAGE_HEIGHT / 2 + offset, { lineBreak: false });
  }
  doc.restore();
}

// ---- Values ----

function placeText(place: ItineraryPlace): string {
  return place.address ?? `${place.location.lat.toFixed(5)}, ${place.location.lng.toFixed(5)}`;
}

function hoursAndMinutes(say: Say, totalMin: number): string {
  const minutes = Math.round(totalMin);
  return say('itinerary.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
