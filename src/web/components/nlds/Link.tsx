import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';
import { classNames } from './classNames.js';

const LINK = 'utrecht-link utrecht-link--html-a';

/** A link inside the app: navigates without reloading the page. */
export function Link({ className, ...rest }: RouterLinkProps) {
  return <RouterLink {...rest} className={classNames(LINK, className)} />;
}

/** A link that leaves the app, such as the API documentation the server renders itself. */
export function ExternalLink({
  className,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a {...rest} className={classNames(LINK, className)}>
      {children}
    </a>
  );
}

/** A link that looks like a button: for the one main thing to do on a page, such as logging in. */
export function ButtonLink({
  appearance = 'primary-action',
  className,
  ...rest
}: RouterLinkProps & { appearance?: 'primary-action' | 'secondary-action' }) {
  return (
    <RouterLink
      {...rest}
      className={classNames(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        `utrecht-button-link--${appearance}`,
        className,
      )}
    />
  );
}
