import type { Message } from '../domain';
import { AppError, type ErrorCode } from './errors';
import { message } from '../i18n';

/** What crosses IPC or HTTP: Electron keeps only `message` of thrown errors, so results are wrapped. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: Message; details?: unknown } };

/** Wraps an error of any kind; unknown errors become `internal` without leaking their text. */
export function errorEnvelope(error: unknown): Envelope<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.userMessage, details: error.details } };
  }
  return { ok: false, error: { code: 'internal', message: message('api.internal') } };
}

/** Unwraps an envelope, throwing its error as an AppError. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
}
