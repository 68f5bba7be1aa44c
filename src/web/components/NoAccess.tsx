import { useTranslation } from 'react-i18next';
import { Alert, Heading, Link, Paragraph } from './nlds/index.js';

/** Shown instead of a page the logged-in account's role may not open. */
export function NoAccess({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1}>{t('noAccess.title')}</Heading>
      <Alert type="warning">
        <Paragraph>{reason}</Paragraph>
      </Alert>
      <Paragraph>
        <Link to="/">{t('noAccess.home')}</Link>
      </Paragraph>
    </>
  );
}
