import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { API_BASE, queryString } from '../api.js';
import { DashboardFrame } from '../components/dashboard/DashboardFrame.js';
import { Naleving } from '../components/dashboard/Naleving.js';
import { Verbeteracties } from '../components/dashboard/Verbeteracties.js';
import { GemeentenKaart } from '../components/kaart/GemeentenKaart.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
import { Heading, Link, Paragraph } from '../components/nlds/index.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useGemeente, useLocaties } from '../queries.js';
import { useSessie } from '../session.js';

/**
 * A municipality's dashboard. Its figures are its table of the published set, for everyone;
 * a logged-in reader also sees its locations on the map and, where the server allows, their
 * compliance with the framework.
 */
export function DashboardGemeentePage() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase();
  const gemeente = useGemeente(code);
  const naam = gemeente.data?.naam;
  const title = naam
    ? t('dashboard.gemeente.title', { naam })
    : t('dashboard.gemeente.titleFallback');
  useDocumentTitle(title);
  return (
    <DashboardFrame
      key={code}
      scope={code}
      title={title}
      lead={t('dashboard.gemeente.lead')}
      area={t('indicatoren.summary.bereikGemeente', { naam: naam ?? code, code })}
      before={
        <Paragraph className="kk-back-links">
          <Link to="/dashboard">{t('dashboard.gemeente.landelijk')}</Link>
          <Link to={`/indicatoren/gemeenten/${code}`}>{t('dashboard.gemeente.alleCijfers')}</Link>
        </Paragraph>
      }
    >
      {(table, requested) => (
        <>
          <Rapport code={code} peildatum={table.peildatum} />
          <Locaties code={code} naam={naam ?? code} />
          <Naleving code={code} peildatum={requested} />
          <Verbeteracties code={code} />
        </>
      )}
    </DashboardFrame>
  );
}

function Rapport({ code, peildatum }: { code: string; peildatum: string }) {
  const { t } = useTranslation();
  const href = `${API_BASE}/gemeenten/${encodeURIComponent(code)}/rapport.pdf${queryString({ peildatum })}`;
  return (
    <section aria-labelledby="dashboard-rapport" className="kk-dashboard-section">
      <Heading level={2} id="dashboard-rapport">
        {t('dashboard.rapport.heading')}
      </Heading>
      <Paragraph>{t('dashboard.rapport.lead')}</Paragraph>
      <a
        href={href}
        download
        className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
      >
        {t('dashboard.rapport.download')}
      </a>
    </section>
  );
}

/** The municipality on the map, with a pin for each of its locations the reader may see. */
function Locaties({ code, naam }: { code: string; naam: string }) {
  const { t } = useTranslation();
  const sessie = useSessie();
  const typeLabel = useTypeLabel();
  const locaties = useLocaties(Boolean(sessie.data));
  const eigen = (locaties.data?.items ?? []).filter((l) => l.gemeenteCode === code);
  const pins = eigen.flatMap((l) =>
    l.lat !== null && l.lon !== null
      ? [{ key: l.code, lat: l.lat, lon: l.lon, label: l.naam }]
      : [],
  );
  return (
    <section aria-labelledby="dashboard-locaties" className="kk-dashboard-section">
      <Heading level={2} id="dashboard-locaties">
        {t('dashboard.gemeente.kaart', { naam })}
      </Heading>
      <div className="kk-dashboard-grid">
        <div className="kk-kaart-vak">
          <GemeentenKaart
            only={code}
            pins={pins}
            title={t('dashboard.gemeente.kaartTitel', { naam, count: pins.length })}
          />
        </div>
        <div>
          {!sessie.data && <Paragraph>{t('dashboard.gemeente.locatiesInloggen')}</Paragraph>}
          {sessie.data && eigen.length === 0 && locaties.isSuccess && (
            <Paragraph>{t('dashboard.gemeente.geenLocaties')}</Paragraph>
          )}
          {eigen.length > 0 && (
            <ul className="kk-plain-list">
              {eigen.map((l) => (
                <li key={l.code}>
                  <Link to={`/locaties/${l.code}`}>{l.naam}</Link> — {typeLabel(l.type, l.subtype)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
