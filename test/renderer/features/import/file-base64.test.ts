// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import { bytesToBase64, MAX_IMPORT_BYTES, readFileAsBase64 } from '../../../../renderer/features/import/file-base64';

/** Deterministic bytes (a small LCG), so every byte value and chunk boundary gets exercised. */
function pseudoRandomBytes(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('bytesToBase64', () => {
  it('matches Node for empty, tiny and chunk-boundary lengths', () => {
    const chunk = 3 * 8192;
    for (const length of [0, 1, 2, 3, 4, chunk - 1, chunk, chunk + 1, 2 * chunk + 2]) {
      const bytes = pseudoRandomBytes(length, length + 1);
      expect(bytesToBase64(bytes), `length ${length}`).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a multi-megabyte file without overflowing the call stack', () => {
    const bytes = pseudoRandomBytes(6 * 1024 * 1024 + 1);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('readFileAsBase64', () => {
  it('reads a chosen file, UTF-8 text and all', async () => {
    const text = 'visit_id,customer_name\r\nV1,测试客户\r\n';
    const file = new File([text], 'visits.csv', { type: 'text/csv' });
    expect(await readFileAsBase64(file)).toBe(Buffer.from(text, 'utf8').toString('base64'));
  });

  it('refuses a file over 50 MB before reading it, in both languages', async () => {
    const huge = { name: 'huge.csv', size: MAX_IMPORT_BYTES + 1 } as File;
    const error = await readFileAsBase64(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).userMessage.en).toMatch(/"huge\.csv" is 50\.0 MB; files larger than 50 MB/);
    expect((error as AppError).userMessage.zh).toMatch(/超过 50 MB/);
  });
});
