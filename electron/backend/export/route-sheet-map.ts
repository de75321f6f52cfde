import type { LatLng } from '../../../shared/domain';

/** A rectangle on the page, in PDF points (y grows downwards, as pdfkit draws). */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PagePoint {
  x: number;
  y: number;
}

export interface MapProjection {
  points: PagePoint[];
  /** Ground metres one point of the page stands for. */
  metresPerPt: number;
}

/** Metres per degree of latitude (and of longitude scaled by cos(latitude)). */
const METRES_PER_DEGREE = 111_320;
/** The smallest area a map shows, about 550 m across, so a day within one block is not drawn at doorstep scale. */
const MIN_SPAN_DEG = 0.005;

/**
 * WGS-84 points projected into `box` with an equirectangular projection scaled by the cosine of
 * the mean latitude, north up, one scale for both axes, centred and kept `marginPt` inside the box.
 * One point, or identical points, land in the centre.
 */
export function projectRoute(places: readonly LatLng[], box: MapBox, marginPt: number): MapProjection {
  if (places.length === 0) return { points: [], metresPerPt: METRES_PER_DEGREE / 1000 };
  const meanLat = places.reduce((sum, p) => sum + p.lat, 0) / places.length;
  const cosLat = Math.cos((meanLat * Math.PI) / 180);
  const xs = places.map((p) => p.lng * cosLat);
  const ys = places.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerWidth = Math.max(box.width - 2 * marginPt, 1);
  const innerHeight = Math.max(box.height - 2 * marginPt, 1);
  const ptPerDeg = Math.min(innerWidth / Math.max(maxX - minX, MIN_SPAN_DEG), innerHeight / Math.max(maxY - minY, MIN_SPAN_DEG));
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  return {
    points: xs.map((x, i) => ({
      x: box.x + box.width / 2 + (x - centreX) * ptPerDeg,
      y: box.y + box.height / 2 - (ys[i] - centreY) * ptPerDeg,
    })),
    metresPerPt: METRES_PER_DEGREE / ptPerDeg,
  };
}

/**
 * Marker positions that do not hide one another: each point, in order, moves right in steps of
 * `minDistancePt` until it is at least that far from every point placed before it. Points already
 * apart stay where they are.
 */
export function spreadMarkers(points: readonly PagePoint[], minDistancePt: number): PagePoint[] {
  const placed: PagePoint[] = [];
  for (const point of points) {
    let at = point;
    while (placed.some((other) => Math.hypot(other.x - at.x, other.y - at.y) < minDistancePt)) at = { x: at.x + minDistancePt, y: at.y };
    placed.push(at);
  }
  return placed;
}

const SCALE_STEPS_M = [20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000];

/** The longest round scale-bar length (metres) that is at most `maxPt` long on the page. */
export function scaleBarMetres(metresPerPt: number, maxPt: number): number {
  const fitting = SCALE_STEPS_M.filter((metres) => metres / metresPerPt <= maxPt);
  return fitting.length > 0 ? fitting[fitting.length - 1] : SCALE_STEPS_M[0];
}

/** What the map says, already in the sheet's language. */
export interface MapLabels {
  startMark: string;
  endMark: string;
  north: string;
  startPlace: string;
  endPlace: string;
  stops: string;
  /** `metres` as the scale bar's label. */
  scale(metres: number): string;
}

export interface RouteMapInput {
  start: LatLng;
  stops: readonly LatLng[];
  /** Null for an open end. */
  end: LatLng | null;
}

const COLOURS = {
  background: '#f3f6f9',
  grid: '#e1e7ed',
  border: '#9fb0c0',
  route: '#2f6db3',
  stop: '#1f4e8c',
  start: '#2f855a',
  end: '#b83232',
  ink: '#2d3748',
};
const STOP_RADIUS = 8;
/** The row under the map that holds its legend, in points. */
export const MAP_LEGEND_HEIGHT = 20;
const MARKER_HALF = 7;

/**
 * The day's route drawn as vector graphics in `box`: start → stops → end as a polyline with
 * direction arrows, numbered circles for the stops, squares for the start and end places, a north
 * mark and a scale bar; the legend goes in a `MAP_LEGEND_HEIGHT` row under the box. The fonts
 * `regular` and `bold` must be registered on `doc`.
 */
export function drawRouteMap(doc: PDFKit.PDFDocument, route: RouteMapInput, box: MapBox, labels: MapLabels): void {
  const places = [route.start, ...route.stops, ...(route.end ? [route.end] : [])];
  const { points, metresPerPt } = projectRoute(places, box, 26);
  doc.save();
  drawBackground(doc, box);
  drawPolyline(doc, points);
  // Markers in order of precedence: start, end, then the stops; each steps aside from those before it.
  const stopPoints = points.slice(1, 1 + route.stops.length);
  const endPoint = route.end ? [points[points.length - 1]] : [];
  const [start, ...others] = spreadMarkers([points[0], ...endPoint, ...stopPoints], 2 * STOP_RADIUS + 1);
  const [end, stops] = route.end ? [others[0], others.slice(1)] : [null, others];
  drawSquare(doc, start, COLOURS.start, labels.startMark);
  if (end) drawSquare(doc, end, COLOURS.end, labels.endMark);
  stops.forEach((point, i) => drawStopCircle(doc, point, i + 1));
  drawNorth(doc, box, labels.north);
  drawScaleBar(doc, box, metresPerPt, labels);
  drawLegend(doc, box, labels, route.end !== null);
  doc.restore();
}

function drawBackground(doc: PDFKit.PDFDocument, box: MapBox): void {
  doc.rect(box.x, box.y, box.width, box.height).fill(COLOURS.background);
  doc.lineWidth(0.4).strokeColor(COLOURS.grid);
  for (let i = 1; i < 6; i++) doc.moveTo(box.x + (box.width * i) / 6, box.y).lineTo(box.x + (box.width * i) / 6, box.y + box.height);
  for (let i = 1; i < 4; i++) doc.moveTo(box.x, box.y + (box.height * i) / 4).lineTo(box.x + box.width, box.y + (box.height * i) / 4);
  doc.stroke();
  doc.lineWidth(0.8).rect(box.x, box.y, box.width, box.height).stroke(COLOURS.border);
}

function drawPolyline(doc: PDFKit.PDFDocument, points: readonly PagePoint[]): void {
  if (points.length < 2) return;
  doc.lineWidth(2).lineJoin('round').lineCap('round').strokeColor(COLOURS.route);
  doc.moveTo(points[0].x, points[0].y);
  for (const point of points.slice(1)) doc.lineTo(point.x, point.y);
  doc.stroke();
  doc.fillColor(COLOURS.route);
  for (let i = 1; i < points.length; i++) drawArrow(doc, points[i - 1], points[i]);
}

/** A small arrowhead halfway along a leg long enough to show one beside its markers. */
function drawArrow(doc: PDFKit.PDFDocument, from: PagePoint, to: PagePoint): void {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length < 4 * STOP_RADIUS) return;
  const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const [mx, my] = [(from.x + to.x) / 2 + ux * 3, (from.y + to.y) / 2 + uy * 3];
  doc
    .moveTo(mx, my)
    .lineTo(mx - ux * 7 - uy * 4, my - uy * 7 + ux * 4)
    .lineTo(mx - ux * 7 + uy * 4, my - uy * 7 - ux * 4)
    .closePath()
    .fill();
}

function drawSquare(doc: PDFKit.PDFDocument, at: PagePoint, colour: string, mark: string): void {
  doc
    .lineWidth(1.2)
    .roundedRect(at.x - MARKER_HALF, at.y - MARKER_HALF, 2 * MARKER_HALF, 2 * MARKER_HALF, 2)
    .fillAndStroke(colour, '#ffffff');
  centredText(doc, mark, at, 8);
}

function drawStopCircle(doc: PDFKit.PDFDocument, at: PagePoint, seq: number): void {
  doc.lineWidth(1.2).circle(at.x, at.y, STOP_RADIUS).fillAndStroke(COLOURS.stop, '#ffffff');
  centredText(doc, String(seq), at, seq < 10 ? 8.5 : seq < 100 ? 7 : 5.5);
}

/** White bold text centred on a marker. */
function centredText(doc: PDFKit.PDFDocument, text: string, at: PagePoint, size: number): void {
  doc.font('bold').fontSize(size).fillColor('#ffffff');
  const width = doc.widthOfString(text);
  doc.text(text, at.x - width / 2, at.y - doc.currentLineHeight() / 2, { lineBreak: false });
}

function drawNorth(doc: PDFKit.PDFDocument, box: MapBox, north: string): void {
  const x = box.x + box.width - 16;
  const y = box.y + 10;
  doc
    .moveTo(x, y)
    .lineTo(x + 5, y + 12)
    .lineTo(x, y + 9)
    .lineTo(x - 5, y + 12)
    .closePath()
    .fill(COLOURS.ink);
  doc.font('bold').fontSize(7).fillColor(COLOURS.ink);
  doc.text(north, x - doc.widthOfString(north) / 2, y + 13, { lineBreak: false });
}

function drawScaleBar(doc: PDFKit.PDFDocument, box: MapBox, metresPerPt: number, labels: MapLabels): void {
  const metres = scaleBarMetres(metresPerPt, box.width / 5);
  const lengthPt = metres / metresPerPt;
  const x = box.x + 10;
  const y = box.y + box.height - 10;
  doc.lineWidth(1.2).strokeColor(COLOURS.ink);
  doc
    .moveTo(x, y - 4)
    .lineTo(x, y)
    .lineTo(x + lengthPt, y)
    .lineTo(x + lengthPt, y - 4)
    .stroke();
  doc.font('regular').fontSize(7).fillColor(COLOURS.ink);
  doc.text(labels.scale(metres), x + lengthPt + 4, y - doc.currentLineHeight() + 1, { lineBreak: false });
}

/** The markers explained, in a row under the map, right-aligned. */
function drawLegend(doc: PDFKit.PDFDocument, box: MapBox, labels: MapLabels, hasEnd: boolean): void {
  doc.font('regular').fontSize(7.5);
  const entries = [
    { label: labels.startPlace, draw: (at: PagePoint) => drawSquare(doc, at, COLOURS.start, labels.startMark) },
    ...(hasEnd ? [{ label: labels.endPlace, draw: (at: PagePoint) => drawSquare(doc, at, COLOURS.end, labels.endMark) }] : []),
    { label: labels.stops, draw: (at: PagePoint) => drawStopCircle(doc, at, 1) },
  ];
  const widths = entries.map((entry) => doc.widthOfString(entry.label) + 30);
  const height = MAP_LEGEND_HEIGHT - 2;
  const y = box.y + box.height + 2;
  let cursor = box.x + box.width - widths.reduce((sum, width) => sum + width, 0) + 8;
  entries.forEach((entry, i) => {
    entry.draw({ x: cursor + 8, y: y + height / 2 });
    doc.font('regular').fontSize(7.5).fillColor(COLOURS.ink);
    doc.text(entry.label, cursor + 20, y + height / 2 - doc.currentLineHeight() / 2, { lineBreak: false });
    cursor += widths[i];
  });
}
