import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { classNames } from './classNames.js';

/** The site navigation: a labelled nav landmark holding a list of links (and buttons). */
export function NavBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav className="utrecht-nav-bar" aria-label={label}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list">{children}</ul>
      </div>
    </nav>
  );
}

export function NavBarItem({ children, className }: { children: ReactNode; className?: string }) {
  return <li className={classNames('utrecht-nav-list__item', className)}>{children}</li>;
}

/** NavLink marks the page you are on with aria-current="page", which the styles also use. */
export interface NavBarLinkProps {
  to: string;
  /** Only current on exactly this path, not below it (for Home). */
  end?: boolean;
  className?: string;
  children: ReactNode;
}

export function NavBarLink({ to, end, className, children }: NavBarLinkProps) {
  return (
    <NavBarItem className={className}>
      <NavLink className="utrecht-nav-list__link" to={to} end={end}>
        {children}
      </NavLink>
    </NavBarItem>
  );
}
