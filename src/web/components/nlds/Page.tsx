import type { ReactNode } from 'react';

/** The banner landmark; put the full-width parts (notices, navigation) directly inside. */
export function PageHeader({ children }: { children: ReactNode }) {
  return <header className="utrecht-page-header">{children}</header>;
}

/** The centred, width-limited band inside the page header. */
export function PageHeaderContent({ children }: { children: ReactNode }) {
  return <div className="utrecht-page-header__content">{children}</div>;
}

export function PageFooter({ children }: { children: ReactNode }) {
  return (
    <footer className="utrecht-page-footer">
      <div className="utrecht-page-footer__content">{children}</div>
    </footer>
  );
}
