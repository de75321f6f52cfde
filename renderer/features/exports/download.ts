import type { MethodOutput } from '../../../shared/api/contract';

/** A file the back end produced for download. */
export type DownloadFile = MethodOutput<'exports.day'>['files'][number];

/**
 * Saves files through Blob URLs and a temporary `<a download>`: works in the browser build and
 * in Electron's sandboxed renderer alike. URLs are revoked after the click has been handled.
 */
export function downloadFiles(files: readonly DownloadFile[], doc: Document = document): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
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
