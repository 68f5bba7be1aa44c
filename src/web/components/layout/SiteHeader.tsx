import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, PageHeaderContent } from '../nlds/index.js';
import { DemoBanner } from './DemoBanner.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { SiteNav } from './SiteNav.js';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <PageHeader>
      <DemoBanner />
      <PageHeaderContent>
        <div className="kk-header">
          <div className="kk-brand">
            <Link to="/" className="kk-brand__name">
              {t('app.name')}
            </Link>
            <p className="kk-brand__tagline">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
      </PageHeaderContent>
      <SiteNav />
    </PageHeader>
  );
}
