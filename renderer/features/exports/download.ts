import type { MethodOutput } from '../../../shared/api/contract';

/** A file the back end produced for download. */
export type DownloadFile = MethodOutput<'exports.day'>['files'][number];

/** The file's bytes: text as it is, binary files (PDF, XLSX, ZIP) from base64. */
function blobOf(file: DownloadFile): Blob {
  if (file.encoding !== 'base64') return new Blob([file.content], { type: file.mediaType });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mediaType });
}

/**
 * Saves files through Blob URLs and a temporary `<a download>`: works in the browser build and
 * in Electron's sandboxed renderer alike. URLs are revoked after the click has been handled.
 */
export function downloadFiles(files: readonly DownloadFile[], doc: Document = document): void {
  for (const file of files) {
    const url = URL.createObjectURL(blobOf(file));
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.name;
    link.style.display = 'none';
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
