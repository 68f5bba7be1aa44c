import type { TFunction } from 'i18next';
import type { FieldProblem } from './components/ErrorSummary.js';
import { errorText } from './components/errorText.js';
import { ApiError, fieldMessages } from './problem.js';

/**
 * A refused save, split over the form: each field's message on its field, the rest as one
 * general message. The summary's title already says it was not saved; the server's general
 * detail only adds something when no field says what is wrong.
 */
export function serverErrors<F extends string>(
  error: unknown,
  isField: (name: string) => name is F,
  t: TFunction,
): { errors: Partial<Record<F, string>>; general: string | null } {
  const errors: Partial<Record<F, string>> = {};
  const general: string[] = [];
  if (error instanceof ApiError) {
    for (const [name, message] of Object.entries(fieldMessages(error.errors))) {
      if (isField(name)) errors[name] = message;
      else general.push(message);
    }
  }
  if (general.length === 0 && Object.keys(errors).length === 0) general.push(errorText(error, t));
  return { errors, general: general.length ? general.join(' ') : null };
}

/** The error summary's entries, in the form's field order; a server message names its field. */
export function fieldProblems<F extends string>(
  fields: readonly F[],
  errors: Partial<Record<F, string>>,
  fromServer: boolean,
  fieldId: (field: F) => string,
  label: (field: F) => string,
): FieldProblem[] {
  return fields.flatMap((field) => {
    const message = errors[field];
    if (!message) return [];
    return [
      { fieldId: fieldId(field), message: fromServer ? `${label(field)}: ${message}` : message },
    ];
  });
}
