import type { ReactNode } from 'react';
import { FormField, Textbox } from './nlds/index.js';

export interface FormTextFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  description?: ReactNode;
  error?: string;
  type?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  className?: string;
  readOnly?: boolean;
  autoComplete?: string;
  spellCheck?: boolean;
}

/** A text-like field: label, hint, error and control, tied together. */
export function FormTextField({
  id,
  label,
  description,
  error,
  type,
  autoComplete,
  ...input
}: FormTextFieldProps) {
  return (
    <FormField label={label} description={description} error={error} id={id}>
      {({ invalid, ...control }) => (
        <Textbox
          {...control}
          {...input}
          invalid={invalid}
          type={type ?? 'text'}
          autoComplete={autoComplete ?? 'off'}
        />
      )}
    </FormField>
  );
}
