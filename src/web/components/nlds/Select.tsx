import type { Ref, SelectHTMLAttributes } from 'react';
import { classNames } from './classNames.js';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  invalid?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

export function Select({ invalid = false, className, ...rest }: SelectProps) {
  return (
    <select
      {...rest}
      className={classNames(
        'utrecht-select',
        'utrecht-select--html-select',
        invalid && 'utrecht-select--invalid',
        className,
      )}
    />
  );
}
