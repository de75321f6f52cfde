import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';

/** Largest file the back end reads (electron/backend/import/file-errors.ts); refused before reading. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// A multiple of 3 bytes, so each chunk encodes without padding and the pieces simply join; small
// enough that String.fromCharCode(...chunk) stays far below the engine's argument limit.
const CHUNK_BYTES = 3 * 8192;

/** Base64 of any number of bytes, in chunks: a multi-MB file never goes through one giant call. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

function unreadable(fileName: string): AppError {
  return new AppError('bad_input', message('error.fileUnreadable', { file: fileName }));
}

function tooLarge(fileName: string, bytes: number): AppError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new AppError('bad_input', message('error.fileTooLarge', { file: fileName, mb, limitMb: MAX_IMPORT_BYTES / 1024 / 1024 }));
}

/**
 * A chosen file's bytes, at most MAX_IMPORT_BYTES. FileReader rather than `Blob.arrayBuffer()`
 * because it exists in every renderer we run (Electron, Chromium, jsdom). Throws AppErrors.
 */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge(file.name, file.size);
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    // No `instanceof ArrayBuffer`: the buffer may come from another realm (jsdom, iframes).
    reader.onload = () =>
      reader.result !== null && typeof reader.result !== 'string' ? resolve(reader.result) : reject(unreadable(file.name));
    reader.onerror = () => reject(unreadable(file.name));
    reader.readAsArrayBuffer(file);
  });
  return new Uint8Array(buffer);
}

/** A chosen file as base64 for `import.files`. */
export async function readFileAsBase64(file: File): Promise<string> {
  return bytesToBase64(await readFileBytes(file));
}
