import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { IndicatorenView } from '../components/indicatoren/IndicatorenView.js';
import { Link, Paragraph } from '../components/nlds/index.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useGemeente } from '../queries.js';

/** A municipality's figures: its table of the published set, public. */
export function IndicatorenGemeentePage() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase();
  const gemeente = useGemeente(code);
  const naam = gemeente.data?.naam;
  const title = naam
    ? t('indicatoren.gemeente.title', { naam })
    : t('indicatoren.gemeente.titleFallback');
  useDocumentTitle(title);
  return (
    <IndicatorenView
      key={code}
      scope={code}
      title={title}
      lead={t('indicatoren.gemeente.lead')}
      area={t('indicatoren.summary.bereikGemeente', { naam: naam ?? code, code })}
      chooser
      before={
        <Paragraph className="kk-back-links">
          <Link to="/indicatoren">{t('indicatoren.gemeente.national')}</Link>
          {naam && (
            <Link to={`/gemeenten/${code}`}>{t('indicatoren.gemeente.back', { naam })}</Link>
          )}
        </Paragraph>
      }
    />
  );
}
