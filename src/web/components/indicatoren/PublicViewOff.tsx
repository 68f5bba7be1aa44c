import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert, Heading, Link, Paragraph } from '../nlds/index.js';
import type { LoginRedirectState } from '../RequireLogin.js';

/**
 * A visitor without a login while the beheerder has closed the public view of the figures:
 * why there are none, and the way in. The login brings the visitor back to this page.
 */
export function PublicViewOff() {
  const { t } = useTranslation();
  const location = useLocation();
  const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
  return (
    <Alert type="info">
      <Heading level={2}>{t('instellingen.uit.title')}</Heading>
      <Paragraph>{t('instellingen.uit.text')}</Paragraph>
      <Paragraph>
        <Link to="/inloggen" state={state}>
          {t('instellingen.uit.login')}
        </Link>
      </Paragraph>
    </Alert>
  );
}
