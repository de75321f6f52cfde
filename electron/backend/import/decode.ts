import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { binaryFile, unknownEncoding } from './file-errors';

/** Text of a file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  /** `utf-8-bom`, `utf-16le`, `utf-16be`, `utf-8`, `gb18030` or `big5`. */
  encoding: string;
}

/** chardet's confidence (0–100) from which a Big5 verdict is believed over the GB18030 default. */
const CONFIDENT = 50;

/** chardet reads only this much: its statistics settle long before, and it is slow on 50 MB. */
const CHARDET_SAMPLE_BYTES = 64 * 1024;

/** Chinese legacy encodings we can read, mainland first: Excel on a Chinese Windows saves CSV as GBK. */
const LEGACY = ['gb18030', 'big5'] as const;

/**
 * Turns file bytes into text: a BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; else a
 * Chinese legacy encoding (GBK/GB2312 are read as their superset GB18030). Throws a bad-input
 * error naming the file for binary data or an encoding we cannot recognise.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === null) throw unknownEncoding(fileName);
    return checked({ text, encoding: 'utf-8-bom' }, fileName);
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return checked({ text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' }, fileName);
  if (startsWith(bytes, [0xfe, 0xff]))
    return checked({ text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' }, fileName);
  // NUL bytes never occur in UTF-8 or GBK text, only in binary files (or BOM-less UTF-16, which Excel does not write).
  if (bytes.includes(0)) throw binaryFile(fileName);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' }, fileName);
  for (const encoding of legacyCandidates(bytes)) {
    const text = iconv.decode(buffer, encoding);
    if (looksChinese(text)) return checked({ text, encoding }, fileName);
  }
  throw unknownEncoding(fileName);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * GB18030 first unless chardet is confident the file is Big5 and rates Big5 above GB18030: on a
 * tie (common, since both are double-byte Chinese) the mainland encoding is the better bet.
 */
function legacyCandidates(bytes: Uint8Array): string[] {
  const matches = analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES));
  const confidenceOf = (name: string) => matches.find((m) => m.name === name)?.confidence ?? 0;
  const big5 = confidenceOf('Big5');
  const first = big5 >= CONFIDENT && big5 > confidenceOf('GB18030') ? 'big5' : 'gb18030';
  return [first, ...LEGACY.filter((e) => e !== first)];
}

/**
 * A wrong legacy decoding shows as replacement characters or as non-ASCII text that is mostly not
 * Chinese (for example a Latin-1 file read as GBK); real Chinese text is mostly CJK characters,
 * CJK/full-width punctuation and the symbols GBK carries (①, ℃, ×, box drawing).
 */
function looksChinese(text: string): boolean {
  if (text.includes('\ufffd')) return false;
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    nonAscii += 1;
    if (isChineseChar(code)) cjk += 1;
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8;
}

/** CJK ideographs (incl. extensions A/B+ and compatibility forms), CJK and full-width punctuation, common symbols. */
function isChineseChar(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2100 && code <= 0x26ff) ||
    code === 0xb7 ||
    code === 0xd7 ||
    code === 0xf7
  );
}

/** Text full of control characters is binary data that happened to decode. */
function checked(decoded: DecodedText, fileName: string): DecodedText {
  let control = 0;
  for (let i = 0; i < decoded.text.length; i += 1) {
    const code = decoded.text.charCodeAt(i);
    if (code === 0) throw binaryFile(fileName);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) control += 1;
  }
  if (control > 0 && control / decoded.text.length > 0.01) throw binaryFile(fileName);
  return decoded;
}

/** True when the bytes begin with `prefix` (a BOM or a file signature). */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
