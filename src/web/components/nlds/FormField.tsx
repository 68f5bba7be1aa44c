import { type ReactNode, useId } from 'react';
import { classNames } from './classNames.js';

/** What a form control needs to be tied to its label, description and error message. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  invalid: boolean;
}

export interface FormFieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Use a given id, for instance to link to the field from an error summary. */
  id?: string;
  children: (control: ControlProps) => ReactNode;
}

export function FormField({ label, description, error, id, children }: FormFieldProps) {
  const generated = useId();
  const controlId = id ?? `veld-${generated}`;
  const descriptionId = `${controlId}-beschrijving`;
  const errorId = `${controlId}-fout`;
  const describedBy = [description && descriptionId, error && errorId].filter(Boolean).join(' ');
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        'utrecht-form-field--distanced',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={controlId}>
          {label}
        </label>
      </div>
      {description && (
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={descriptionId}
        >
          {description}
        </div>
      )}
      {error && (
        <div
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id={errorId}
        >
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({
          id: controlId,
          'aria-describedby': describedBy || undefined,
          'aria-invalid': error ? true : undefined,
          invalid: Boolean(error),
        })}
      </div>
    </div>
  );
}
