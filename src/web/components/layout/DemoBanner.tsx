import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { useHealth } from '../../queries.js';

/**
 * Fictitious data must never be mistaken for real data, so it is labelled on every page, with
 * the peildatum the demo set is measured on (web, API and CLI use it instead of today).
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const language = useLanguage();
  const health = useHealth();
  if (!health.data?.demo) return null;
  const peildatum = health.data.demoPeildatum;
  return (
    <div className="kk-demo-banner">
      <p className="kk-demo-banner__content">
        <strong className="kk-demo-banner__title">{t('demo.title')}</strong>
        {peildatum && (
          <>
            {' · '}
            <strong className="kk-demo-banner__peildatum">
              {t('demo.peildatum', { datum: formatDate(peildatum, language) })}
            </strong>
          </>
        )}{' '}
        <span>{t('demo.text')}</span>
      </p>
    </div>
  );
}
