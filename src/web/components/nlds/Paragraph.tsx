import type { HTMLAttributes } from 'react';
import { classNames } from './classNames.js';

export interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  appearance?: 'lead' | 'small';
}

export function Paragraph({ appearance, className, ...rest }: ParagraphProps) {
  return (
    <p
      {...rest}
      className={classNames(
        'utrecht-paragraph',
        appearance && `utrecht-paragraph--${appearance}`,
        className,
      )}
    />
  );
}
