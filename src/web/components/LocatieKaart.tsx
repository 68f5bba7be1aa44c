import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locatie } from '../../contracts/locaties.js';
import { Loading } from './Loading.js';
import { Heading, Paragraph } from './nlds/index.js';
import '../styles/locatie.css';

// d3-geo and the boundaries are loaded with the map, not with the first page of the app.
const GemeentenKaart = lazy(() =>
  import('./kaart/GemeentenKaart.js').then((module) => ({ default: module.GemeentenKaart })),
);

/** The location as a pin in its municipality; the coordinates are in words in its details. */
export function LocatieKaart({ locatie }: { locatie: Locatie }) {
  const { t } = useTranslation();
  const { lat, lon } = locatie;
  return (
    <section aria-labelledby="locatie-kaart" className="kk-locatie-kaart">
      <Heading level={2} id="locatie-kaart">
        {t('locatie.kaart.title')}
      </Heading>
      {lat === null || lon === null ? (
        <Paragraph>{t('locatie.kaart.geenCoordinaten')}</Paragraph>
      ) : (
        <Suspense fallback={<Loading />}>
          <GemeentenKaart
            title={t('locatie.kaart.beschrijving', {
              naam: locatie.naam,
              gemeente: locatie.gemeenteNaam,
            })}
            only={locatie.gemeenteCode}
            pins={[{ key: locatie.code, lat, lon, label: locatie.naam }]}
          />
        </Suspense>
      )}
    </section>
  );
}
