import { translate, type MessageKey, type MessageValues } from '../../../shared/i18n';
import type { CaseFile, CaseVisit } from '../services/case-file-service';
import { finishEveryPage, openPdf } from './pdf-document';

const LEFT = 50;
const WIDTH = 595.28 - 2 * LEFT;
const PAGE = { size: 'A4', margins: { top: 50, bottom: 60, left: LEFT, right: LEFT } } as const;
const INK = '#1a1a1a';
const MUTED = '#666666';

/** A short reading of an entry's detail for a printed line; the JSON export keeps it whole. */
function detailLine(detail: unknown): string {
  const text = JSON.stringify(detail);
  return text === undefined || text === 'null' ? '' : text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

/**
 * A customer's case file as a printable PDF: each visit with its record, where the plan put it,
 * and its history from the audit log, oldest first, with "page X of Y" on every page.
 */
export async function caseFilePdf(file: CaseFile): Promise<Uint8Array> {
  const say = (key: MessageKey, values?: MessageValues) => translate(file.language, key, values);
  const title = say('caseFile.title', { customerId: file.customerId });
  const { doc, bytes } = await openPdf({ language: file.language, title, author: 'Field Dispatch', createdAt: file.exportedAt });
  doc.addPage(PAGE);
  doc.font('bold').fontSize(18).fillColor(INK).text(title, { width: WIDTH });
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(MUTED)
    .text(say('caseFile.made', { at: file.exportedAt, count: file.visits.length }));
  if (file.holds.length > 0) {
    doc.moveDown(1.2).font('bold').fontSize(12).fillColor(INK).text(say('caseFile.holds'), LEFT, undefined, { width: WIDTH });
    for (const h of file.holds) {
      const state = h.releasedAt
        ? say('caseFile.holdReleased', { by: h.releasedBy ?? '', at: h.releasedAt, reason: h.releaseReason ?? '' })
        : say('caseFile.holdActive');
      const line = `${h.id} · ${say(`hold.kind.${h.kind}`)} · ${h.officerId ?? ''} ${h.until ?? ''} · ${h.placedBy} ${h.placedAt} · ${state} ${h.note}`;
      doc.font('regular').fontSize(9).fillColor(INK).text(line, { width: WIDTH });
    }
  }
  for (const visit of file.visits) drawVisit(doc, visit, say);
  finishEveryPage(doc, (page, pages) => {
    const footer = say('routeSheet.page', { page, pages });
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(footer, LEFT, 841.89 - 40, { width: WIDTH, align: 'center', lineBreak: false });
  });
  doc.end();
  return bytes;
}

function drawVisit(doc: PDFKit.PDFDocument, visit: CaseVisit, say: (key: MessageKey, values?: MessageValues) => string): void {
  doc.moveDown(1.2);
  doc
    .font('bold')
    .fontSize(12)
    .fillColor(INK)
    .text(`${visit.date} · ${visit.id} · ${say(`kind.${visit.kind}`)} · ${say(`status.${visit.status}`)}`, LEFT, undefined, {
      width: WIDTH,
    });
  const field = (label: MessageKey, value: string) => {
    if (value)
      doc
        .font('regular')
        .fontSize(9)
        .fillColor(INK)
        .text(`${say(label)}: ${value}`, { width: WIDTH });
  };
  field('itinerary.customer', visit.customerName);
  field('itinerary.phone', visit.phone);
  field('itinerary.address', visit.address);
  field('itinerary.window', visit.windows);
  field('caseFile.approval', visit.approvalRef);
  field('itinerary.notes', visit.notes);
  const p = visit.placement;
  field(
    'caseFile.placement',
    p.kind === 'routed'
      ? say('caseFile.routed', { officerName: p.officerName, officerId: p.officerId, arrival: p.arrival, start: p.start, end: p.end })
      : p.kind === 'unassigned'
        ? say('caseFile.unassigned', { message: p.message })
        : say('caseFile.notPlanned'),
  );
  doc.moveDown(0.4).font('bold').fontSize(9).text(say('caseFile.history'), { width: WIDTH });
  for (const entry of visit.history) {
    const line = `${entry.at}  ${entry.actor}  ${entry.action}  ${entry.entityId ?? ''}  ${detailLine(entry.detail)}`;
    doc.font('regular').fontSize(7.5).fillColor(MUTED).text(line, { width: WIDTH });
  }
}
