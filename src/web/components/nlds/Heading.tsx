import type { HTMLAttributes, Ref } from 'react';
import { classNames } from './classNames.js';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: 1 | 2 | 3 | 4 | 5 | 6;
  ref?: Ref<HTMLHeadingElement>;
}

export function Heading({ level, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} className={classNames(`utrecht-heading-${level}`, className)} />;
}
