import { useTranslation } from 'react-i18next';
import { Paragraph } from './nlds/index.js';

export function Loading() {
  const { t } = useTranslation();
  return <Paragraph role="status">{t('common.loading')}</Paragraph>;
}
