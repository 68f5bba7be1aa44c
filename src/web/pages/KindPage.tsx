import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { AmvValue, AuditedNotice, useGebeurtenisLabels } from '../components/KindLabels.js';
import { Loading } from '../components/Loading.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
import { NoAccess } from '../components/NoAccess.js';
import {
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
import { shortPseudoniem } from '../components/Pseudoniem.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatDate, formatMonth, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { canSeeKinderen } from '../locatieVelden.js';
import { ApiError } from '../problem.js';
import { type Kind, useKind } from '../queries.js';

/** What the server accepts as a pseudonym; anything else cannot be a child. */
const PSEUDONIEM = /^[0-9a-f]{32}$/;

export function KindPage() {
  const sessie = useLoggedInSessie();
  const allowed = canSeeKinderen(sessie.gebruiker.rol);
  if (!allowed) return <OnlyLocatie />;
  return <KindDetails />;
}

function OnlyLocatie() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return <NoAccess reason={t('kinderen.noAccess')} />;
}

function KindDetails() {
  const { t } = useTranslation();
  const pseudoniem = useParams().pseudoniem ?? '';
  const valid = PSEUDONIEM.test(pseudoniem);
  const kind = useKind(pseudoniem, valid);
  const status = kind.error instanceof ApiError ? kind.error.status : null;
  const notFound = !valid || status === 404 || status === 422;
  const title = notFound
    ? t('kind.notFound.title')
    : t('kind.title', { kort: shortPseudoniem(pseudoniem) });
  useDocumentTitle(title);

  if (status === 403) return <NoAccess reason={t('kinderen.noAccess')} />;
  return (
    <>
      <Paragraph>
        <Link to="/kinderen">{t('kind.back')}</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {notFound ? <Paragraph>{t('kind.notFound.text')}</Paragraph> : <AuditedNotice />}
      {valid && kind.isPending && <Loading />}
      {kind.isError && !notFound && <ErrorMessage error={kind.error} />}
      {kind.data && <KindGegevens kind={kind.data} />}
    </>
  );
}

function KindGegevens({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = new Map(
    kind.verblijven.map((verblijf) => [verblijf.locatie, verblijf.locatieNaam]),
  );
  const locatieLabel = (code: string) => {
    const naam = names.get(code);
    return naam ? t('kind.locatieWaarde', { naam, code }) : code;
  };
  return (
    <>
      <section aria-labelledby="kind-gegevens">
        <Heading level={2} id="kind-gegevens">
          {t('kind.details')}
        </Heading>
        <DataList
          items={[
            {
              key: 'pseudoniem',
              label: t('kind.pseudoniem'),
              value: <code className="kk-code kk-break">{kind.pseudoniem}</code>,
            },
            {
              key: 'geboortemaand',
              label: t('kind.geboortemaand'),
              value: formatMonth(kind.geboortemaand, language),
            },
            {
              key: 'leeftijd',
              label: t('kind.leeftijd'),
              value: t('kinderen.leeftijd', {
                count: kind.leeftijd,
                aantal: formatNumber(kind.leeftijd, language),
              }),
            },
            { key: 'amv', label: t('kind.amv'), value: <AmvValue amv={kind.amv} /> },
            {
              key: 'huidigeLocatie',
              label: t('kind.huidigeLocatie'),
              value: kind.huidigeLocatie ? (
                <Link to={`/locaties/${encodeURIComponent(kind.huidigeLocatie)}`}>
                  {locatieLabel(kind.huidigeLocatie)}
                </Link>
              ) : (
                t('common.none')
              ),
            },
          ]}
        />
      </section>
      <Verblijven kind={kind} />
      <Gebeurtenissen kind={kind} locatieLabel={locatieLabel} />
    </>
  );
}

function Verblijven({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typeLabel = useTypeLabel();
  const kort = shortPseudoniem(kind.pseudoniem);
  return (
    <section aria-labelledby="kind-verblijven">
      <Heading level={2} id="kind-verblijven">
        {t('kind.verblijven.title')}
      </Heading>
      <Paragraph>{t('kind.verblijven.lead')}</Paragraph>
      {kind.verblijven.length === 0 ? (
        <Paragraph>{t('kind.verblijven.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('kind.verblijven.caption', { kort })}
          scrollLabel={t('kind.verblijven.caption', { kort })}
        >
          <TableColumns
            columns={[
              t('kind.verblijven.locatie'),
              t('kind.verblijven.type'),
              t('kind.verblijven.van'),
              t('kind.verblijven.tot'),
            ]}
          />
          <TableBody>
            {kind.verblijven.map((verblijf) => (
              <TableRow key={`${verblijf.locatie}-${verblijf.begin}`}>
                <TableHeaderCell scope="row" className="kk-row-header">
                  {t('kind.locatieWaarde', { naam: verblijf.locatieNaam, code: verblijf.locatie })}
                </TableHeaderCell>
                <TableCell>{typeLabel(verblijf.type, null)}</TableCell>
                <TableCell className="kk-nowrap">
                  <time dateTime={verblijf.begin}>{formatDate(verblijf.begin, language)}</time>
                </TableCell>
                <TableCell className="kk-nowrap">
                  {verblijf.eind ? (
                    <time dateTime={verblijf.eind}>{formatDate(verblijf.eind, language)}</time>
                  ) : (
                    <strong>{t('kind.verblijven.nu')}</strong>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function Gebeurtenissen({
  kind,
  locatieLabel,
}: {
  kind: Kind;
  locatieLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useGebeurtenisLabels();
  const kort = shortPseudoniem(kind.pseudoniem);
  return (
    <section aria-labelledby="kind-gebeurtenissen">
      <Heading level={2} id="kind-gebeurtenissen">
        {t('kind.gebeurtenissen.title')}
      </Heading>
      <Paragraph>{t('kind.gebeurtenissen.lead')}</Paragraph>
      {kind.gebeurtenissen.length === 0 ? (
        <Paragraph>{t('kind.gebeurtenissen.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('kind.gebeurtenissen.caption', { kort })}
          scrollLabel={t('kind.gebeurtenissen.caption', { kort })}
        >
          <TableColumns
            columns={[
              t('kind.gebeurtenissen.datum'),
              t('kind.gebeurtenissen.gebeurtenis'),
              t('kind.gebeurtenissen.soort'),
              t('kind.gebeurtenissen.locatie'),
              t('kind.gebeurtenissen.opmerking'),
            ]}
          />
          <TableBody>
            {kind.gebeurtenissen.map((gebeurtenis, index) => (
              <TableRow
                // Events have no identity of their own here; their order never changes.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={index}
                className={gebeurtenis.genegeerd ? 'kk-row--ignored' : undefined}
              >
                <TableHeaderCell scope="row" className="kk-row-header kk-nowrap">
                  <time dateTime={gebeurtenis.datum}>
                    {formatDate(gebeurtenis.datum, language)}
                  </time>
                </TableHeaderCell>
                <TableCell>{labels.gebeurtenis(gebeurtenis.gebeurtenis)}</TableCell>
                <TableCell>
                  {gebeurtenis.soort ? labels.soort(gebeurtenis.soort) : t('common.none')}
                </TableCell>
                <TableCell>
                  {gebeurtenis.locatie ? locatieLabel(gebeurtenis.locatie) : t('common.none')}
                </TableCell>
                <TableCell>
                  {gebeurtenis.genegeerd ? (
                    <strong className="kk-ignored">{t('kind.gebeurtenissen.genegeerd')}</strong>
                  ) : (
                    ''
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
