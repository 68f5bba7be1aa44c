import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { Alert, DataList, Heading, Paragraph } from '../nlds/index.js';

/** Every figure says its peildatum, its population and its source (product principles). */
export function AboutFigures({
  published,
  peildatum,
  area,
}: {
  published: boolean;
  peildatum: string;
  area: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kk-about-figures">
      <Heading level={2} id={headingId}>
        {t('indicatoren.summary.title')}
      </Heading>
      {!published && (
        <Alert type="info">
          <Paragraph>{t('indicatoren.locatie.exact')}</Paragraph>
        </Alert>
      )}
      <DataList
        items={[
          {
            key: 'peildatum',
            label: t('indicatoren.summary.peildatum'),
            value: <time dateTime={peildatum}>{formatDate(peildatum, language)}</time>,
          },
          { key: 'bereik', label: t('indicatoren.summary.bereik'), value: area },
          {
            key: 'populatie',
            label: t('indicatoren.summary.populatie'),
            value: t('indicatoren.summary.populatieText'),
          },
          {
            key: 'bron',
            label: t('indicatoren.summary.bron'),
            value: published
              ? t('indicatoren.summary.bronPublished')
              : t('indicatoren.summary.bronExact'),
          },
          {
            key: 'tekens',
            label: t('indicatoren.summary.notatie'),
            value: (
              <dl className="kk-legend">
                {published && (
                  <div>
                    <dt>x</dt>
                    <dd>{t('indicatoren.summary.geheim')}</dd>
                  </div>
                )}
                <div>
                  <dt>.</dt>
                  <dd>{t('indicatoren.summary.nietTeBerekenen')}</dd>
                </div>
              </dl>
            ),
          },
          {
            key: 'dagen',
            label: t('indicatoren.summary.dagenLabel'),
            value: t('indicatoren.summary.dagen'),
          },
        ]}
      />
    </section>
  );
}
