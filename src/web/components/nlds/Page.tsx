import type { ReactNode } from 'react';

export function PageHeader({ children }: { children: ReactNode }) {
  return (
    <header className="utrecht-page-header">
      <div className="utrecht-page-header__content">{children}</div>
    </header>
  );
}

export function PageFooter({ children }: { children: ReactNode }) {
  return (
    <footer className="utrecht-page-footer">
      <div className="utrecht-page-footer__content">{children}</div>
    </footer>
  );
}
