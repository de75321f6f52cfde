import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/backend/import';
import { AppError } from '../../../shared/api/errors';

const SAMPLE = '外访编号,客户姓名,地址\r\nWF-1,测试客户,上海市测试路1号（近示例站）\r\n';

describe('decodeText', () => {
  it('prefers a BOM: UTF-8, UTF-16 LE and UTF-16 BE', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), 'a.csv')).toEqual({
      text: SAMPLE,
      encoding: 'utf-8-bom',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]), 'a.csv')).toEqual({
      text: SAMPLE,
      encoding: 'utf-16le',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf-16be')]), 'a.csv')).toEqual({
      text: SAMPLE,
      encoding: 'utf-16be',
    });
  });

  it('reads valid UTF-8 without a BOM as utf-8', () => {
    expect(decodeText(Buffer.from(SAMPLE), 'a.csv')).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads GBK (even a short file chardet is unsure about) as gb18030', () => {
    for (const text of [SAMPLE, '姓名\n张测试\n', '备注\n①先电话联系 ×2，室外 30℃ —— 测试\n']) {
      expect(decodeText(iconv.encode(text, 'gbk'), 'a.csv')).toEqual({ text, encoding: 'gb18030' });
    }
  });

  it('reads GB18030-only characters (four-byte sequences)', () => {
    const text = '姓名,备注\n测试,𠀀\n';
    expect(decodeText(iconv.encode(text, 'gb18030'), 'a.csv')).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads Big5 when chardet is confident about it', () => {
    const text = '工號,姓名,團隊,地址\r\nO1,陳測試,臺北一組,臺北市測試路一段十號\r\nO2,林測試,臺中二組,臺中市範例街二十號\r\n';
    expect(decodeText(iconv.encode(text, 'big5'), 'a.csv')).toEqual({ text, encoding: 'big5' });
  });

  it('refuses binary data and unrecognised encodings with bad-input errors naming the file', () => {
    const attempts: [Uint8Array, RegExp][] = [
      [new Uint8Array([0x61, 0x00, 0x62]), /"x\.csv" is not a text file/],
      [Buffer.from('a,b\n\x01\x02\x03\x04\x05\x06,\x07\x08\n'), /"x\.csv" is not a text file/],
      [Buffer.from('name\nJos\xe9\n', 'latin1'), /encoding of "x\.csv" could not be recognised/],
    ];
    for (const [bytes, message] of attempts) {
      const error = (() => {
        try {
          decodeText(bytes, 'x.csv');
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).userMessage.en).toMatch(message);
    }
  });
});
