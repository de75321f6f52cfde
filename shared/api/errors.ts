import type { Message } from '../domain';

/** Error codes the UI and CLI can act on; `bad_input` is the user's to fix, `internal` is ours. */
export type ErrorCode = 'bad_input' | 'not_found' | 'conflict' | 'cancelled' | 'forbidden' | 'internal';

/** An error with a sentence for the user in both languages. Thrown anywhere; sent as an envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: Message;
  readonly details: unknown;

  constructor(code: ErrorCode, userMessage: Message, details?: unknown) {
    super(userMessage.en);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
  }
}

/** Shorthand for a bad-input error: `badInput(message('some.code', { … }))`. */
export function badInput(userMessage: Message, details?: unknown): AppError {
  return new AppError('bad_input', userMessage, details);
}
