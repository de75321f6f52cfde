import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verificationCode } from '../../../electron/backend/export/verification-code';

const SECRET = 'test-secret-0123456789abcdef';

describe('verificationCode', () => {
  it('is six digits and stable for the same inputs', () => {
    const code = verificationCode(SECRET, 'plan-1', 'OF-001', 'V1');
    expect(code).toMatch(/^\d{6}$/);
    expect(verificationCode(SECRET, 'plan-1', 'OF-001', 'V1')).toBe(code);
  });

  it('can be re-derived from the documented HMAC-SHA256', () => {
    const mac = createHmac('sha256', SECRET).update('plan-1\nOF-001\nV1').digest();
    const expected = String(mac.readUIntBE(0, 6) % 1_000_000).padStart(6, '0');
    expect(verificationCode(SECRET, 'plan-1', 'OF-001', 'V1')).toBe(expected);
  });

  it('changes with the visit, officer, plan and secret', () => {
    const visitCodes = new Set(Array.from({ length: 200 }, (_, i) => verificationCode(SECRET, 'plan-1', 'OF-001', `V${i}`)));
    expect(visitCodes.size).toBeGreaterThan(195);
    const base = verificationCode(SECRET, 'plan-1', 'OF-001', 'V1');
    expect(verificationCode(SECRET, 'plan-1', 'OF-002', 'V1')).not.toBe(base);
    expect(verificationCode(SECRET, 'plan-2', 'OF-001', 'V1')).not.toBe(base);
    expect(verificationCode(`${SECRET}x`, 'plan-1', 'OF-001', 'V1')).not.toBe(base);
  });

  it('refuses a missing or short secret', () => {
    expect(() => verificationCode('', 'plan-1', 'OF-001', 'V1')).toThrow(/secret/);
    expect(() => verificationCode('short', 'plan-1', 'OF-001', 'V1')).toThrow(/secret/);
  });
});
