import { useTranslation } from 'react-i18next';
import { useHealth } from '../../queries.js';

/** Fictitious data must never be mistaken for real data, so it is labelled on every page. */
export function DemoBanner() {
  const { t } = useTranslation();
  const health = useHealth();
  if (!health.data?.demo) return null;
  return (
    <div className="kk-demo-banner">
      <p className="kk-demo-banner__content">
        <strong className="kk-demo-banner__title">{t('demo.title')}</strong>{' '}
        <span>{t('demo.text')}</span>
      </p>
    </div>
  );
}
