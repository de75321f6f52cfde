import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normaliseCode, verificationCode } from '../../../electron/backend/export/verification-code';
import { checkDigit, hasValidCheckDigit } from '../../../shared/logic/check-digit';

const SECRET = 'test-secret-0123456789abcdef';
const DAY = '2026-11-23';

describe('verificationCode', () => {
  it('is eight digits ending in its check digit, and stable for the same inputs', () => {
    const code = verificationCode(SECRET, DAY, 'OF-001', 'V1');
    expect(code).toMatch(/^\d{8}$/);
    expect(hasValidCheckDigit(code)).toBe(true);
    expect(verificationCode(SECRET, DAY, 'OF-001', 'V1')).toBe(code);
  });

  it('can be re-derived from the documented HMAC-SHA256 of date, officer and visit', () => {
    const mac = createHmac('sha256', SECRET).update(`${DAY}\nOF-001\nV1`).digest();
    const digits = String(mac.readUIntBE(0, 6) % 10_000_000).padStart(7, '0');
    expect(verificationCode(SECRET, DAY, 'OF-001', 'V1')).toBe(digits + checkDigit(digits));
  });

  it('changes with the visit, officer, date and secret', () => {
    const visitCodes = new Set(Array.from({ length: 500 }, (_, i) => verificationCode(SECRET, DAY, 'OF-001', `V${i}`)));
    expect(visitCodes.size).toBe(500);
    const base = verificationCode(SECRET, DAY, 'OF-001', 'V1');
    expect(verificationCode(SECRET, DAY, 'OF-002', 'V1')).not.toBe(base);
    expect(verificationCode(SECRET, '2026-11-24', 'OF-001', 'V1')).not.toBe(base);
    expect(verificationCode(`${SECRET}x`, DAY, 'OF-001', 'V1')).not.toBe(base);
  });

  it('catches every single-digit misreading and every swap of neighbouring digits', () => {
    const code = verificationCode(SECRET, DAY, 'OF-001', 'V7');
    for (let i = 0; i < code.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = code.slice(0, i) + d + code.slice(i + 1);
        if (typo !== code) expect(hasValidCheckDigit(typo)).toBe(false);
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(hasValidCheckDigit(swapped)).toBe(false);
      }
    }
  });

  it('reads a code as people type it', () => {
    expect(normaliseCode(' 1234-5678 ')).toBe('12345678');
    expect(normaliseCode('1234 5678')).toBe('12345678');
  });

  it('refuses a missing or short secret', () => {
    expect(() => verificationCode('', DAY, 'OF-001', 'V1')).toThrow(/secret/);
    expect(() => verificationCode('short', DAY, 'OF-001', 'V1')).toThrow(/secret/);
  });
});
