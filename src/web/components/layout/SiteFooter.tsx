import { useTranslation } from 'react-i18next';
import { useHealth } from '../../queries.js';
import { ExternalLink, PageFooter } from '../nlds/index.js';

export function SiteFooter() {
  const { t } = useTranslation();
  const health = useHealth();
  return (
    <PageFooter>
      <div className="kk-footer">
        <p className="kk-footer__name">{t('app.name')}</p>
        <ul className="kk-footer__list">
          <li>{t('footer.source')}</li>
          <li>
            <ExternalLink href="/api/v1/docs">{t('footer.apiDocs')}</ExternalLink>
          </li>
          {health.data && <li>{t('footer.version', { versie: health.data.versie })}</li>}
        </ul>
      </div>
    </PageFooter>
  );
}
