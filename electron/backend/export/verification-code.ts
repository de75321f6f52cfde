import { createHmac } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';

/**
 * The 6-digit code a customer can read back to the lender to check that the officer at the door
 * was really sent: HMAC-SHA256 of (plan, officer, visit) under the workspace secret, so the
 * lender can re-derive it but nobody without the secret can guess it.
 */
export function verificationCode(secret: string, planId: string, officerId: string, visitId: string): string {
  if (secret.length < 16) {
    throw new AppError('internal', message('exportFile.secretMissing'));
  }
  // Ids cannot contain line breaks, so joining with \n keeps ("a","bc") and ("ab","c") apart.
  const mac = createHmac('sha256', secret).update(`${planId}\n${officerId}\n${visitId}`, 'utf8').digest();
  // 48 bits folded to 6 digits: the modulo bias is below one in 10^8.
  return String(mac.readUIntBE(0, 6) % 1_000_000).padStart(6, '0');
}
