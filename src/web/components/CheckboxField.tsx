import type { ReactNode } from 'react';
import { Checkbox } from './nlds/index.js';

export interface CheckboxFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A single yes/no choice, with its label beside the box and an optional explanation below. */
export function CheckboxField({
  id,
  name,
  label,
  description,
  checked,
  onChange,
}: CheckboxFieldProps) {
  const descriptionId = `${id}-beschrijving`;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced">
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          name={name}
          checked={checked}
          aria-describedby={description ? descriptionId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
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
    </div>
  );
}
