import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Locatie } from '../../contracts/locaties.js';
import { LocatieBeoordelingen } from '../components/beoordeling/LocatieBeoordelingen.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { LocatieActiviteiten } from '../components/LocatieActiviteiten.js';
import { LocatieKaart } from '../components/LocatieKaart.js';
import { canSeeKinderenVan, LocatieKinderen } from '../components/LocatieKinderen.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  Alert,
  ButtonLink,
  DataList,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../components/nlds/index.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { LocatieScorekaart } from '../components/toetsing/LocatieScorekaart.js';
import { formatDate, formatNumber, type Language } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import {
  BEHEERDERS,
  canWriteActiviteiten,
  canWriteBeoordelingen,
  canWriteLocaties,
  FEITEN,
  type FeitWaarde,
  feitWaarde,
  isOneOf,
  SUBTYPES,
} from '../locatieVelden.js';
import { ApiError } from '../problem.js';
import { useLocatie } from '../queries.js';

/** What the form page passes along when it sends you here after saving. */
export interface SavedState {
  opgeslagen?: 'nieuw' | 'gewijzigd';
}

function savedFrom(state: unknown): SavedState['opgeslagen'] {
  const opgeslagen = (state as SavedState | null)?.opgeslagen;
  return opgeslagen === 'nieuw' || opgeslagen === 'gewijzigd' ? opgeslagen : undefined;
}

export function LocatiePage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const sessie = useLoggedInSessie();
  const locatie = useLocatie(code);
  const status = locatie.error instanceof ApiError ? locatie.error.status : null;
  const title =
    locatie.data?.naam ??
    (status === 404
      ? t('locatie.notFound.title')
      : status === 403
        ? t('noAccess.title')
        : t('locatie.title'));
  useDocumentTitle(title);

  if (status === 403) {
    return <NoAccess reason={t('locatie.forbidden')} />;
  }
  return (
    <>
      <Paragraph>
        <Link to="/locaties">{t('locatie.back')}</Link>
      </Paragraph>
      <SavedMessage />
      <Heading level={1}>{title}</Heading>
      {locatie.isPending && <Loading />}
      {status === 404 && <Paragraph>{t('locatie.notFound.text', { code })}</Paragraph>}
      {locatie.isError && status !== 404 && <ErrorMessage error={locatie.error} />}
      {locatie.data && (
        <Paragraph>
          <Link to={`/locaties/${encodeURIComponent(locatie.data.code)}/toetsing`}>
            {t('toetsing.links.locatie')}
          </Link>
          {locatie.data.status === 'voorgesteld' && (
            <>
              {' · '}
              <Link to={`/locaties/${encodeURIComponent(locatie.data.code)}/locatietoets`}>
                {t('toetsing.links.locatietoets')}
              </Link>
            </>
          )}
        </Paragraph>
      )}
      {locatie.data && (
        <LocatieDetails
          locatie={locatie.data}
          kinderen={
            canSeeKinderenVan(sessie, locatie.data.code) ? (
              <LocatieKinderen sessie={sessie} code={locatie.data.code} />
            ) : null
          }
          writer={canWriteLocaties(sessie.gebruiker.rol)}
          activiteitenWriter={canWriteActiviteiten(sessie.gebruiker.rol)}
          beoordelingenWriter={canWriteBeoordelingen(sessie.gebruiker.rol)}
        />
      )}
    </>
  );
}

/**
 * "Saved", once, right after the form: focused so that it is read first. The message is then
 * taken out of the browser history, so that Back or a reload does not repeat it.
 */
function SavedMessage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [opgeslagen] = useState(() => savedFrom(location.state));
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!opgeslagen) return;
    alert.current?.focus();
    navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: null },
    );
  }, [opgeslagen, navigate, location.pathname, location.search]);

  if (!opgeslagen) return null;
  return (
    <Alert type="ok" role="status" ref={alert} tabIndex={-1}>
      <Paragraph>{t(`locatie.saved.${opgeslagen}`)}</Paragraph>
    </Alert>
  );
}

function optional(value: string | null, t: TFunction): string {
  return value ? value : t('locatie.notFilled');
}

/** `53,2194° NB, 6,5665° OL`: decimal commas, so the two numbers are told apart by the letters. */
function coordinates(locatie: Locatie, language: Language, t: TFunction): string {
  if (locatie.lat === null || locatie.lon === null) return t('locatie.notFilled');
  return t('locatie.coordinatenWaarde', {
    lat: formatNumber(locatie.lat, language, 6),
    lon: formatNumber(locatie.lon, language, 6),
  });
}

interface LocatieDetailsProps {
  locatie: Locatie;
  /** The way to the location's children, for its own staff only; null for everyone else. */
  kinderen: ReactNode;
  writer: boolean;
  activiteitenWriter: boolean;
  beoordelingenWriter: boolean;
}

function LocatieDetails({
  locatie,
  kinderen,
  writer,
  activiteitenWriter,
  beoordelingenWriter,
}: LocatieDetailsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typeLabel = useTypeLabel();
  const date = (value: string | null) =>
    value ? formatDate(value, language) : t('locatie.notFilled');
  const beheerder = isOneOf(BEHEERDERS, locatie.beheerder)
    ? t(`locaties.beheerders.${locatie.beheerder}`)
    : optional(locatie.beheerder, t);

  return (
    <>
      {writer && (
        <div className="kk-page-actions">
          <ButtonLink
            to={`/locaties/${encodeURIComponent(locatie.code)}/wijzigen`}
            appearance="secondary-action"
          >
            {t('locatie.edit')}
            <span className="kk-visually-hidden"> {locatie.naam}</span>
          </ButtonLink>
        </div>
      )}
      <section aria-labelledby="locatie-gegevens">
        <Heading level={2} id="locatie-gegevens">
          {t('locatie.details')}
        </Heading>
        <DataList
          items={[
            { key: 'code', label: t('locatie.code'), value: locatie.code },
            { key: 'naam', label: t('locatie.naam'), value: locatie.naam },
            {
              key: 'gemeente',
              label: t('locatie.gemeente'),
              value: (
                <Link to={`/gemeenten/${locatie.gemeenteCode}`}>
                  {t('locatie.gemeenteWaarde', {
                    naam: locatie.gemeenteNaam,
                    code: locatie.gemeenteCode,
                  })}
                </Link>
              ),
            },
            {
              key: 'type',
              label: t('locatie.type'),
              value: typeLabel(locatie.type, locatie.subtype),
            },
            {
              key: 'status',
              label: t('locatie.status'),
              value: t(`locaties.status.${locatie.status}`),
            },
            {
              key: 'capaciteit',
              label: t('locatie.capaciteit'),
              value: t('locatie.capaciteitWaarde', {
                count: locatie.capaciteit,
                aantal: formatNumber(locatie.capaciteit, language),
              }),
            },
            { key: 'openSinds', label: t('locatie.openSinds'), value: date(locatie.openSinds) },
            { key: 'openTot', label: t('locatie.openTot'), value: date(locatie.openTot) },
            { key: 'beheerder', label: t('locatie.beheerder'), value: beheerder },
            { key: 'adres', label: t('locatie.adres'), value: optional(locatie.adres, t) },
            {
              key: 'postcode',
              label: t('locatie.postcode'),
              value: optional(locatie.postcode, t),
            },
            { key: 'plaats', label: t('locatie.plaats'), value: optional(locatie.plaats, t) },
            {
              key: 'coordinaten',
              label: t('locatie.coordinaten'),
              value: coordinates(locatie, language, t),
            },
          ]}
        />
      </section>
      <section aria-labelledby="locatie-feiten">
        <Heading level={2} id="locatie-feiten">
          {t('locatie.feiten.title')}
        </Heading>
        <Paragraph>{t('locatie.feiten.lead')}</Paragraph>
        <DataList
          items={FEITEN.map((feit) => ({
            key: feit,
            label: t(`locaties.feiten.${feit}`),
            value: <FeitValue waarde={feitWaarde(locatie.feiten[feit])} />,
          }))}
        />
      </section>
      <LocatieKaart locatie={locatie} />
      <LocatieScorekaart code={locatie.code} />
      <LocatieActiviteiten locatie={locatie} writer={activiteitenWriter} />
      {kinderen}
      <LocatieBeoordelingen locatie={locatie} writer={beoordelingenWriter} />
      <TypeHistory locatie={locatie} />
    </>
  );
}

function FeitValue({ waarde }: { waarde: FeitWaarde }) {
  const { t } = useTranslation();
  if (waarde === 'ja') return <>{t('feit.ja')}</>;
  if (waarde === 'nee') return <>{t('feit.nee')}</>;
  return <span className="kk-unknown">{t('feit.onbekend')}</span>;
}

function TypeHistory({ locatie }: { locatie: Locatie }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typeLabel = useTypeLabel();
  return (
    <section aria-labelledby="locatie-geschiedenis">
      <Heading level={2} id="locatie-geschiedenis">
        {t('locatie.geschiedenis.title')}
      </Heading>
      <Paragraph>{t('locatie.geschiedenis.lead')}</Paragraph>
      <Table caption={t('locatie.geschiedenis.caption', { naam: locatie.naam })}>
        <TableColumns
          columns={[
            t('locatie.geschiedenis.vanaf'),
            t('locatie.geschiedenis.type'),
            t('locatie.geschiedenis.subtype'),
          ]}
        />
        <TableBody>
          {locatie.perioden.map((periode) => (
            <TableRow key={periode.vanaf ?? 'begin'}>
              <TableHeaderCell scope="row" className="kk-row-header">
                {periode.vanaf ? (
                  <time dateTime={periode.vanaf}>{formatDate(periode.vanaf, language)}</time>
                ) : (
                  t('locatie.geschiedenis.begin')
                )}
              </TableHeaderCell>
              <TableCell>{typeLabel(periode.type, null)}</TableCell>
              <TableCell>
                {periode.subtype
                  ? isOneOf(SUBTYPES, periode.subtype)
                    ? t(`locaties.subtypes.${periode.subtype}`)
                    : periode.subtype
                  : t('locatie.geschiedenis.geenSubtype')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
