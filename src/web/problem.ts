import type { FieldError } from '../contracts/problem.js';

/**
 * A failed API call, from the RFC 9457 problem details the server sends. `detail` and the field
 * messages are the server's Dutch text, meant to be shown as they are. Status 0 means the server
 * could not be reached at all.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly FieldError[];

  constructor(status: number, title: string, detail: string, errors: readonly FieldError[] = []) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

/** Reads a problem body defensively: a proxy in between may answer with anything. */
export function toApiError(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError(status, '', '');
  const title = typeof body.title === 'string' ? body.title : '';
  const detail = typeof body.detail === 'string' ? body.detail : '';
  const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [];
  return new ApiError(status, title, detail, errors);
}

/** The server writes field messages to follow a field name; shown on their own they start a sentence. */
function asSentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * `[{path: 'body.email', message}]` → `{email: message}`: the server's field paths mapped to the
 * names of the form's fields. The first message per field wins.
 */
export function fieldMessages(errors: readonly FieldError[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const { path, message } of errors) {
    const field = path.replace(/^(body|query|params)\./, '');
    if (!(field in messages)) messages[field] = asSentence(message);
  }
  return messages;
}
