import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Locatie } from '../../contracts/locaties.js';
import { apiFetch } from '../api.js';
import { IndicatorenView } from '../components/indicatoren/IndicatorenView.js';
import { Link, Paragraph } from '../components/nlds/index.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { LOCATIE_KEY } from '../queries.js';
import { useSessie } from '../session.js';

/**
 * A location's figures: exact, for the location's own staff only. Everyone else (logged in or
 * not) gets the server's explanation why these figures are not published.
 */
export function IndicatorenLocatiePage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const sessie = useSessie();
  // The location's name, for whoever may read its facts; asked only when logged in.
  const locatie = useQuery({
    queryKey: [LOCATIE_KEY, code],
    queryFn: () => apiFetch<Locatie>(`/locaties/${encodeURIComponent(code)}`),
    enabled: Boolean(sessie.data),
    staleTime: 0,
  });
  const naam = locatie.data?.naam;
  const title = naam
    ? t('indicatoren.locatie.title', { naam })
    : t('indicatoren.locatie.titleFallback', { code });
  useDocumentTitle(title);
  const published = locatie.data && (
    <Paragraph>
      <Link to={`/indicatoren/gemeenten/${locatie.data.gemeenteCode}`}>
        {t('indicatoren.locatie.gemeente', { naam: locatie.data.gemeenteNaam })}
      </Link>
    </Paragraph>
  );
  return (
    <IndicatorenView
      key={code}
      scope={code}
      title={title}
      lead={t('indicatoren.locatie.lead')}
      area={t('indicatoren.summary.bereikLocatie', { naam: naam ?? code })}
      before={
        locatie.data && (
          <Paragraph className="kk-back-links">
            <Link to={`/locaties/${encodeURIComponent(code)}`}>
              {t('indicatoren.locatie.back')}
            </Link>
          </Paragraph>
        )
      }
      after={published}
      instead={
        published ?? (
          <Paragraph>
            <Link to="/indicatoren">{t('indicatoren.gemeente.national')}</Link>
          </Paragraph>
        )
      }
    />
  );
}
