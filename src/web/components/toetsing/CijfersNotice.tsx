import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '../nlds/index.js';

/** Whether the sentences quote a location's own figures (its staff) or outcomes only. */
export function CijfersNotice({ cijfers }: { cijfers: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert type="info">
      <Paragraph>{t(cijfers ? 'toetsing.metCijfers' : 'toetsing.zonderCijfers')}</Paragraph>
    </Alert>
  );
}
