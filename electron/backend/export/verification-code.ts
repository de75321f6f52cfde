import { createHmac } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { LocalDate } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { checkDigit } from '../../../shared/logic/check-digit';

/** Digits drawn from the MAC; one check digit follows. */
const MAC_DIGITS = 7;

/**
 * The 8-digit code a customer reads back to the lender's hotline to check that the officer at the
 * door was really sent: 7 digits of HMAC-SHA256 of (date, officer, visit) under the workspace
 * secret, then a check digit that catches a misread digit. Bound to the assignment, not to the plan
 * version: edits elsewhere in the plan keep it; moving the visit to another officer changes it.
 * Without the secret no code can be derived from others.
 */
export function verificationCode(secret: string, date: LocalDate, officerId: string, visitId: string): string {
  if (secret.length < 16) {
    throw new AppError('internal', message('exportFile.secretMissing'));
  }
  // Ids and dates cannot contain line breaks, so joining with \n keeps ("a","bc") and ("ab","c") apart.
  const mac = createHmac('sha256', secret).update(`${date}\n${officerId}\n${visitId}`, 'utf8').digest();
  // 48 bits folded to 7 digits: the modulo bias is below one in 10^7.
  const digits = String(mac.readUIntBE(0, 6) % 10 ** MAC_DIGITS).padStart(MAC_DIGITS, '0');
  return digits + checkDigit(digits);
}

/** A code as a person may type it (spaces, dashes), reduced to its digits. */
export function normaliseCode(text: string): string {
  return text.replace(/[\s-]/g, '');
}
