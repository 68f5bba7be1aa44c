import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GemeentenOverzicht } from '../../../contracts/dashboard.js';
import type { HeadlineKey } from '../../../domain/indicators/headline.js';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { GemeentenKaart } from '../kaart/GemeentenKaart.js';
import { FormField, Heading, Paragraph, Select } from '../nlds/index.js';
import { HEADLINE_KEYS, HEADLINE_KIND } from './kerncijfers.js';

/**
 * The municipalities coloured by a headline figure the reader chooses. The table below the map
 * has the same figures for every municipality and is the way to them by keyboard.
 */
export function KaartSectie({ overzicht }: { overzicht: GemeentenOverzicht }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const headingId = useId();
  const [figure, setFigure] = useState<HeadlineKey>('aandeelInNood');
  const values = new Map(overzicht.items.map((item) => [item.code, item.kerncijfers[figure]]));
  const title = t('dashboard.kaart.titel', {
    cijfer: t(`dashboard.kerncijfers.${figure}.title`),
    datum: formatDate(overzicht.peildatum, language),
  });
  return (
    <section aria-labelledby={headingId} className="kk-dashboard-section">
      <Heading level={2} id={headingId}>
        {t('dashboard.kaart.heading')}
      </Heading>
      <Paragraph>{t('dashboard.kaart.lead')}</Paragraph>
      <div className="kk-filters">
        <FormField label={t('dashboard.kaart.kies')}>
          {({ invalid, ...control }) => (
            <Select
              {...control}
              invalid={invalid}
              value={figure}
              onChange={(event) => setFigure(event.target.value as HeadlineKey)}
            >
              {HEADLINE_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`dashboard.kerncijfers.${key}.title`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <div className="kk-kaart-vak">
        <GemeentenKaart
          values={values}
          kind={HEADLINE_KIND[figure]}
          title={title}
          onSelect={(code) => navigate(`/dashboard/gemeenten/${code}`)}
        />
      </div>
    </section>
  );
}
