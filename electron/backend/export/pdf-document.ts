import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/domain';

type FontName = 'regular' | 'bold';
const FONT_FILES: Record<FontName, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};
let fontBytes: Record<FontName, Uint8Array> | null = null;
let pdfDocumentClass: Promise<typeof PDFDocument> | null = null;

/**
 * pdfkit, loaded with the first document so the app starts without it. It stays outside the desktop
 * app's main bundle (scripts/build-electron.mjs): its ESM build locates its data files from
 * `import.meta.url`, which a CommonJS bundle leaves empty.
 */
function loadPdfDocument(): Promise<typeof PDFDocument> {
  pdfDocumentClass ??= import('pdfkit').then((module) => module.default);
  return pdfDocumentClass;
}

/** The CJK fonts, read once per process (pdfkit embeds only the glyphs a document uses). */
function cjkFonts(): Record<FontName, Uint8Array> {
  if (!fontBytes) {
    // The desktop app's main bundle is CommonJS, where `import.meta` is empty: resolve from the bundle there.
    const resolve = createRequire(typeof __filename === 'string' ? __filename : import.meta.url).resolve;
    fontBytes = { regular: readFileSync(resolve(FONT_FILES.regular)), bold: readFileSync(resolve(FONT_FILES.bold)) };
  }
  return fontBytes;
}

export interface PdfMeta {
  language: Language;
  title: string;
  author: string;
  /** ISO 8601 moment the document is dated (the same input gives the same bytes). */
  createdAt: string;
}

/**
 * An A4 document with no margins and no first page (the caller places every line), buffered pages
 * for "page X of Y", the CJK fonts registered as `regular` and `bold`, and its bytes once ended.
 */
export async function openPdf(meta: PdfMeta): Promise<{ doc: PDFKit.PDFDocument; bytes: Promise<Uint8Array> }> {
  const Document = await loadPdfDocument();
  const moment = new Date(meta.createdAt);
  const doc = new Document({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    lang: meta.language === 'zh' ? 'zh-CN' : 'en',
    info: { Title: meta.title, Author: meta.author, CreationDate: moment, ModDate: moment },
  });
  const fonts = cjkFonts();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/**
 * Visits every page once the content is laid out, with its number and the count, for what each page
 * carries (footers, watermarks). Text drawn there may sit below the bottom margin: no page is added for it.
 */
export function finishEveryPage(doc: PDFKit.PDFDocument, draw: (page: number, pages: number) => void): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    draw(i + 1, range.count);
  }
}
