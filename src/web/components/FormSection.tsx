import type { ReactNode } from 'react';
import { Heading } from './nlds/index.js';

/** A titled part of a long form; the heading names the section for screen readers. */
export function FormSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="kk-form-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
