import { useEffect, useRef, useState } from 'react';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * The state of a form whose fields are strings: values, the errors of the last attempt, and
 * focus on the error summary after every failed attempt (so that it is read out).
 */
export function useFormState<F extends string>(
  initial: Record<F, string> | (() => Record<F, string>),
) {
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [detail, setDetail] = useState<string | null>(null);
  // The server's messages follow a column name; ours name the field themselves.
  const [fromServer, setFromServer] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  return {
    values,
    setValues,
    fieldErrors,
    detail,
    fromServer,
    summary,
    /** The change handler of one field. */
    set: (field: F) => (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
    failed(errors: FieldErrors<F>, message: string | null, server: boolean) {
      setFieldErrors(errors);
      setDetail(message);
      setFromServer(server);
      setAttempt((current) => current + 1);
    },
    clearErrors() {
      setFieldErrors({});
      setDetail(null);
    },
  };
}
