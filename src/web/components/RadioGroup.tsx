import type { ReactNode } from 'react';
import { Fieldset, RadioButton } from './nlds/index.js';

export interface RadioOption {
  value: string;
  label: ReactNode;
}

export interface RadioGroupProps {
  /** The id of the first radio button, to link to the group from an error summary. */
  id: string;
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  /** Options side by side, for short answers such as ja / nee / onbekend. */
  inline?: boolean;
}

/** One question answered by choosing one of a few options. */
export function RadioGroup({
  id,
  name,
  legend,
  description,
  error,
  options,
  value,
  onChange,
  inline = false,
}: RadioGroupProps) {
  return (
    <Fieldset legend={legend} description={description} error={error}>
      <div className={inline ? 'kk-choices kk-choices--inline' : 'kk-choices'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value || 'leeg'}`;
          return (
            <div
              className="utrecht-form-field utrecht-form-field--radio kk-choice"
              key={option.value}
            >
              <div className="utrecht-form-field__input">
                <RadioButton
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  invalid={Boolean(error)}
                  aria-invalid={error ? true : undefined}
                  onChange={() => onChange(option.value)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
