import { useTranslation } from 'react-i18next';
import { IndicatorenView } from '../components/indicatoren/IndicatorenView.js';
import { NATIONAL } from '../components/indicatoren/queries.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';

/** The national figures: the published set's national table, public. */
export function IndicatorenPage() {
  const { t } = useTranslation();
  const title = t('indicatoren.landelijk.title');
  useDocumentTitle(title);
  return (
    <IndicatorenView
      scope={NATIONAL}
      title={title}
      lead={t('indicatoren.landelijk.lead')}
      area={t('indicatoren.summary.bereikAll')}
      chooser
    />
  );
}
