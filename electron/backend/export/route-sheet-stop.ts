import QRCode from 'qrcode';
import type { Language } from '../../../shared/domain';
import type { MessageKey, MessageValues } from '../../../shared/i18n';
import type { ItineraryStop } from '../../../shared/logic/itinerary';

/** The route sheet's colours. */
export const PALETTE = { ink: '#1a202c', muted: '#5a6778', rule: '#c3ced9', accent: '#1f4e8c', band: '#eaf0f6' };

/** A sentence of the sheet's language from the catalogue. */
export type Say = (key: MessageKey, values?: MessageValues) => string;

/** Where visit blocks go and what they are written with; build it once per sheet with `stopFrame`. */
export interface StopFrame {
  doc: PDFKit.PDFDocument;
  say: Say;
  language: Language;
  left: number;
  width: number;
  fields: FieldGeometry;
}

/** A visit's block, measured: draw it with its top at `top`, `height` points tall. */
export interface StopBlock {
  height: number;
  draw(top: number): void;
}

const PAD = 8;
const HEAD_HEIGHT = 24;
const QR_SIZE = 66;
const QR_COLUMN = QR_SIZE + 14;
/** Room under the QR code for a caption of up to two lines. */
const QR_CAPTION_HEIGHT = 22;
const FIELD_GUTTER = 12;
const FOOT_HEIGHT = 40;
const CODE_WIDTH = 150;
const SIGN_WIDTH = 140;
const VALUE_SIZE = 9.5;
const LABEL_SIZE = 7.5;
const ROW_GAP = 3;
const MAX_VALUE_LINES = 3;
const FIELD_LABELS: readonly MessageKey[] = [
  'itinerary.window',
  'itinerary.phone',
  'itinerary.kind',
  'itinerary.address',
  'itinerary.travel',
  'itinerary.overdue',
  'itinerary.notes',
];

/** Where a visit's fields go: the label column fits the sheet's longest label. */
interface FieldGeometry {
  labelWidth: number;
  fullWidth: number;
  halfWidth: number;
}

interface Field {
  label: string;
  value: string;
}
/** A row of the block's fields: one field across, or two side by side. */
type FieldRow = [Field] | [Field, Field];

export function stopFrame(doc: PDFKit.PDFDocument, say: Say, language: Language, left: number, width: number): StopFrame {
  doc.font('regular').fontSize(LABEL_SIZE);
  const labelWidth = Math.min(Math.max(...FIELD_LABELS.map((key) => doc.widthOfString(say(key)))) + 8, 90);
  const fullWidth = width - 2 * PAD - QR_COLUMN;
  return { doc, say, language, left, width, fields: { labelWidth, fullWidth, halfWidth: (fullWidth - FIELD_GUTTER) / 2 } };
}

/**
 * One visit as a block: number, customer, arrival and start in a band; the appointment window,
 * visit type and purpose, phone, address, travel, overdue amount and notes (each wrapped to at most
 * three lines); a QR code to navigate; the verification code, large; a box for the outcome and a
 * line to sign. Text is drawn in that order, so the content stream reads like the sheet.
 */
export function stopBlock(frame: StopFrame, stop: ItineraryStop): StopBlock {
  const rows = fieldRows(frame, stop);
  const heights = rows.map((row) => rowHeight(frame, row));
  const fieldsHeight = heights.reduce((sum, height) => sum + height + ROW_GAP, 0);
  const height = HEAD_HEIGHT + PAD + Math.max(fieldsHeight, QR_SIZE + QR_CAPTION_HEIGHT) + PAD + FOOT_HEIGHT + PAD;
  return {
    height,
    draw(top) {
      const { doc, left, width } = frame;
      doc.save().roundedRect(left, top, width, height, 4).clip().rect(left, top, width, HEAD_HEIGHT).fill(PALETTE.band).restore();
      doc.lineWidth(0.8).roundedRect(left, top, width, height, 4).stroke(PALETTE.rule);
      drawHead(frame, stop, top);
      drawFields(frame, rows, heights, top + HEAD_HEIGHT + PAD);
      drawQr(frame, stop, top + HEAD_HEIGHT + PAD);
      drawFoot(frame, stop, top + height - PAD - FOOT_HEIGHT);
    },
  };
}

/** Metres as kilometres with one decimal. */
export function kilometres(metres: number): string {
  return (metres / 1000).toFixed(1);
}

function fieldRows(frame: StopFrame, stop: ItineraryStop): FieldRow[] {
  const { say } = frame;
  const field = (key: MessageKey, value: string): Field => ({ label: say(key), value });
  const leg = field('itinerary.travel', say('routeSheet.leg', { minutes: stop.travelMin, km: kilometres(stop.distanceM) }));
  const rows: FieldRow[] = [
    [field('itinerary.window', stop.windows), field('itinerary.phone', stop.phone)],
    [field('itinerary.kind', `${stop.kindLabel} · ${stop.purpose}`)],
    [field('itinerary.address', stop.address)],
    stop.overdue ? [leg, field('itinerary.overdue', overdueText(say, stop.overdue))] : [leg],
  ];
  if (stop.notes.trim() !== '') rows.push([field('itinerary.notes', stop.notes)]);
  return rows;
}

function overdueText(say: Say, overdue: NonNullable<ItineraryStop['overdue']>): string {
  const amount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(overdue.amount);
  return overdue.days === null
    ? say('routeSheet.overdueAmountOnly', { amount })
    : say('itinerary.overdueAmount', { amount, days: overdue.days });
}

/** The tallest value of the row wrapped to its cell, at most `MAX_VALUE_LINES` lines. */
function rowHeight(frame: StopFrame, row: FieldRow): number {
  const { doc, fields } = frame;
  const width = (row.length === 1 ? fields.fullWidth : fields.halfWidth) - fields.labelWidth;
  doc.font('regular').fontSize(VALUE_SIZE);
  const maxHeight = doc.currentLineHeight(true) * MAX_VALUE_LINES;
  return Math.max(...row.map((cell) => Math.min(doc.heightOfString(cell.value || ' ', { width }), maxHeight)));
}

function drawHead(frame: StopFrame, stop: ItineraryStop, top: number): void {
  const { doc, say, left, width } = frame;
  const middle = top + HEAD_HEIGHT / 2;
  const seq = String(stop.seq);
  doc.circle(left + PAD + 9, middle, 9).fill(PALETTE.accent);
  doc.font('bold').fontSize(stop.seq < 100 ? 9 : 7);
  doc
    .fillColor('#ffffff')
    .text(seq, left + PAD + 9 - doc.widthOfString(seq) / 2, middle - doc.currentLineHeight() / 2, { lineBreak: false });
  const times = `${say('itinerary.arrival')} ${stop.arrival}   ${say('itinerary.visitStart')} ${stop.start}`;
  const timesWidth = doc.font('bold').fontSize(10).widthOfString(times);
  const stopLabel = say('itinerary.stop', { seq: stop.seq });
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(PALETTE.muted)
    .text(stopLabel, left + PAD + 24, middle - 5.5, { lineBreak: false });
  const nameX = left + PAD + 30 + doc.widthOfString(stopLabel);
  doc.font('bold').fontSize(12).fillColor(PALETTE.ink);
  doc.text(stop.customerName, nameX, middle - 8.5, { width: left + width - PAD - timesWidth - 12 - nameX, height: 17, ellipsis: true });
  doc.font('bold').fontSize(10).fillColor(PALETTE.accent);
  doc.text(times, left + width - PAD - timesWidth, middle - 7, { lineBreak: false });
}

function drawFields(frame: StopFrame, rows: readonly FieldRow[], heights: readonly number[], top: number): void {
  const { doc, left, fields } = frame;
  let y = top;
  rows.forEach((row, r) => {
    const cellWidth = row.length === 1 ? fields.fullWidth : fields.halfWidth;
    row.forEach((cell, i) => {
      const x = left + PAD + i * (fields.halfWidth + FIELD_GUTTER);
      doc.font('regular').fontSize(LABEL_SIZE).fillColor(PALETTE.muted);
      doc.text(cell.label, x, y + 1.5, { width: fields.labelWidth - 4, height: 10, ellipsis: true });
      doc.font('regular').fontSize(VALUE_SIZE).fillColor(PALETTE.ink);
      doc.text(cell.value, x + fields.labelWidth, y, { width: cellWidth - fields.labelWidth, height: heights[r] + 1, ellipsis: true });
    });
    y += heights[r] + ROW_GAP;
  });
}

/** A QR code of the stop's navigation link (Amap for Chinese sheets, Google Maps otherwise), as vector squares. */
function drawQr(frame: StopFrame, stop: ItineraryStop, top: number): void {
  const { doc, say, left, width } = frame;
  const isChinese = frame.language === 'zh';
  const matrix = QRCode.create(isChinese ? stop.links.amap : stop.links.google, { errorCorrectionLevel: 'M' }).modules;
  const x = left + width - PAD - QR_SIZE;
  const module = QR_SIZE / matrix.size;
  for (let row = 0; row < matrix.size; row++) {
    // One rectangle per run of dark modules keeps the drawing small and fast to render.
    let run = 0;
    for (let col = 0; col <= matrix.size; col++) {
      if (col < matrix.size && matrix.get(row, col)) {
        run++;
      } else if (run > 0) {
        doc.rect(x + (col - run) * module, top + row * module, run * module + 0.01, module + 0.01);
        run = 0;
      }
    }
  }
  doc.fill('#000000');
  const caption = say('routeSheet.scanToNavigate', { app: say(isChinese ? 'itineraryFile.mapAmap' : 'itineraryFile.mapGoogle') });
  doc.font('regular').fontSize(6.5).fillColor(PALETTE.muted);
  doc.text(caption, x - 10, top + QR_SIZE + 3, {
    width: QR_SIZE + 8 + PAD,
    align: 'center',
    height: QR_CAPTION_HEIGHT - 2,
    ellipsis: true,
  });
}

/** The verification code, large; the box for the outcome; the signature line. */
function drawFoot(frame: StopFrame, stop: ItineraryStop, top: number): void {
  const { doc, say, left, width } = frame;
  const x = left + PAD;
  doc.lineWidth(1.2).roundedRect(x, top, CODE_WIDTH, FOOT_HEIGHT, 3).fillAndStroke('#f7fafc', PALETTE.accent);
  doc.font('regular').fontSize(LABEL_SIZE).fillColor(PALETTE.muted);
  doc.text(say('itinerary.verificationCode'), x + 8, top + 4, { width: CODE_WIDTH - 16, lineBreak: false });
  doc.font('bold').fontSize(18).fillColor(PALETTE.ink);
  doc.text(stop.verificationCode, x + 8, top + 12, { width: CODE_WIDTH - 16, lineBreak: false, characterSpacing: 1 });
  const outcomeX = x + CODE_WIDTH + 10;
  const outcomeWidth = width - 2 * PAD - CODE_WIDTH - SIGN_WIDTH - 20;
  doc.lineWidth(0.8).roundedRect(outcomeX, top, outcomeWidth, FOOT_HEIGHT, 3).stroke(PALETTE.rule);
  doc.font('regular').fontSize(LABEL_SIZE).fillColor(PALETTE.muted);
  doc.text(say('itinerary.outcome'), outcomeX + 6, top + 4, { width: outcomeWidth - 12, lineBreak: false });
  const signX = left + width - PAD - SIGN_WIDTH;
  doc.text(say('itinerary.signature'), signX, top + 4, { width: SIGN_WIDTH, lineBreak: false });
  doc
    .lineWidth(0.8)
    .moveTo(signX, top + FOOT_HEIGHT - 4)
    .lineTo(signX + SIGN_WIDTH, top + FOOT_HEIGHT - 4)
    .stroke(PALETTE.muted);
}
