import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

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

export function NavBarItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-nav-list__item">{children}</li>;
}

/** NavLink marks the page you are on with aria-current="page", which the styles also use. */
export function NavBarLink({ to, end, children }: { to: string; end?: boolean; children: ReactNode }) {
  return (
    <NavBarItem>
      <NavLink className="utrecht-nav-list__link" to={to} end={end}>
        {children}
      </NavLink>
    </NavBarItem>
  );
}
