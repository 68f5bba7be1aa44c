import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SkipLink } from '../nlds/index.js';
import { SiteFooter } from './SiteFooter.js';
import { SiteHeader } from './SiteHeader.js';

/**
 * After a client-side navigation nothing tells a screen reader that the page changed, and focus
 * stays on the link that was clicked. Moving focus to the main content fixes both. A page that
 * opens with a message of its own (such as "saved") focuses that message itself, before this
 * runs; it then keeps that focus.
 */
function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const focused = document.activeElement;
    const main = target.current;
    const focusedByPage =
      main !== null &&
      focused instanceof HTMLElement &&
      focused !== main &&
      main.contains(focused) &&
      focused.getAttribute('tabindex') === '-1';
    if (!focusedByPage) main?.focus();
  }, [pathname, target]);
}

export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className="kk-app utrecht-document utrecht-document--surface">
      <SkipLink href="#inhoud">{t('skipLink')}</SkipLink>
      <SiteHeader />
      <main id="inhoud" tabIndex={-1} ref={main} className="utrecht-page-body kk-main">
        <div className="utrecht-page-body__content">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
