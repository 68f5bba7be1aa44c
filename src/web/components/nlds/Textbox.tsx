import type { InputHTMLAttributes } from 'react';
import { classNames } from './classNames.js';

export interface TextboxProps extends InputHTMLAttributes<HTMLInputElement> {
  invalid?: boolean;
}

export function Textbox({ invalid = false, className, type = 'text', ...rest }: TextboxProps) {
  return (
    <input
      {...rest}
      type={type}
      className={classNames(
        'utrecht-textbox',
        'utrecht-textbox--html-input',
        invalid && 'utrecht-textbox--invalid',
        className,
      )}
    />
  );
}
