import type { InputHTMLAttributes } from 'react';
import { classNames } from './classNames.js';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  invalid?: boolean;
}

export function Checkbox({ invalid = false, className, ...rest }: CheckboxProps) {
  return (
    <input
      {...rest}
      type="checkbox"
      className={classNames(
        'utrecht-checkbox',
        'utrecht-checkbox--html-input',
        invalid && 'utrecht-checkbox--invalid',
        className,
      )}
    />
  );
}

export function RadioButton({ invalid = false, className, ...rest }: CheckboxProps) {
  return (
    <input
      {...rest}
      type="radio"
      className={classNames(
        'utrecht-radio-button',
        'utrecht-radio-button--html-input',
        invalid && 'utrecht-radio-button--invalid',
        className,
      )}
    />
  );
}
