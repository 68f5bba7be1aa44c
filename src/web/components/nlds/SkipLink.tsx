import type { ReactNode } from 'react';

/** A plain anchor on purpose: it must work before any script has run. */
export function SkipLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href={href}>
      {children}
    </a>
  );
}
