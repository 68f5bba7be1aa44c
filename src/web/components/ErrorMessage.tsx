import { useTranslation } from 'react-i18next';
import { errorText } from './errorText.js';
import { Alert, Heading, Paragraph } from './nlds/index.js';

/** A request failed: say so, in the server's words where it gave them. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Heading level={2}>{t('errors.title')}</Heading>
      <Paragraph>{errorText(error, t)}</Paragraph>
    </Alert>
  );
}
