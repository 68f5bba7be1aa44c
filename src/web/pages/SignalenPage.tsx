import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Signalenlijst } from '../../contracts/signalen.js';
import { API_BASE } from '../api.js';
import { Downloads } from '../components/Downloads.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { FormSection } from '../components/FormSection.js';
import { AuditedNotice } from '../components/KindLabels.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  FormField,
  Heading,
  Link,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../components/nlds/index.js';
import { PseudoniemText } from '../components/Pseudoniem.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { SignaalDrempelsSection } from '../components/SignaalDrempelsForm.js';
import { formatDate, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { canSeeSignalen } from '../locatieVelden.js';
import { useLocaties, useSignalen } from '../queries.js';

const FILTER_ID = 'signalen-locatie';

type Kind = Signalenlijst['items'][number];

export function SignalenPage() {
  const { t } = useTranslation();
  const sessie = useLoggedInSessie();
  const allowed = canSeeSignalen(sessie.gebruiker.rol);
  useDocumentTitle(allowed ? t('signalen.title') : t('noAccess.title'));
  if (!allowed) return <NoAccess reason={t('signalen.noAccess')} />;
  return <Signalen codes={[...sessie.bereik.locatieCodes].sort()} />;
}

/** The list of the own locations, narrowed to one of them, and that location's thresholds. */
function Signalen({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const locaties = useLocaties();
  // With one location there is nothing to choose: its list and its thresholds. A link from a
  // location's page (`?locatie=CODE`) starts at that location, if it is one of the own.
  const asked = useSearchParams()[0].get('locatie') ?? '';
  const [locatie, setLocatie] = useState(
    codes.length === 1 ? codes[0]! : codes.includes(asked) ? asked : '',
  );

  const names = new Map((locaties.data?.items ?? []).map((l) => [l.code, l.naam]));
  const locatieLabel = (code: string) => {
    const naam = names.get(code);
    return naam ? t('kind.locatieWaarde', { naam, code }) : code;
  };

  return (
    <>
      <Heading level={1}>{t('signalen.title')}</Heading>
      <Paragraph appearance="lead">{t('signalen.lead')}</Paragraph>
      <AuditedNotice />
      {codes.length === 0 && <Paragraph>{t('signalen.noLocaties')}</Paragraph>}
      {codes.length > 1 && (
        <search>
          <form onSubmit={(event) => event.preventDefault()} className="kk-search">
            <FormField label={t('signalen.filter')} id={FILTER_ID}>
              {({ invalid, ...control }) => (
                <Select
                  {...control}
                  invalid={invalid}
                  name="locatie"
                  value={locatie}
                  onChange={(event) => setLocatie(event.target.value)}
                >
                  <option value="">{t('signalen.alle')}</option>
                  {codes.map((code) => (
                    <option key={code} value={code}>
                      {locatieLabel(code)}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          </form>
        </search>
      )}
      {codes.length > 0 && <SignalenLijst locatie={locatie} locatieLabel={locatieLabel} />}
      {locatie ? (
        <SignaalDrempelsSection key={locatie} code={locatie} naam={locatieLabel(locatie)} />
      ) : (
        codes.length > 1 && (
          <FormSection id="signaal-drempels" title={t('signalen.drempels.titleAlle')}>
            <Paragraph>{t('signalen.drempels.kiesLocatie')}</Paragraph>
          </FormSection>
        )
      )}
    </>
  );
}

function SignalenLijst({
  locatie,
  locatieLabel,
}: {
  locatie: string;
  locatieLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const signalen = useSignalen();
  const data = signalen.data;
  const shown = data?.items.filter((kind) => !locatie || kind.locatie === locatie) ?? [];
  const totaal = data
    ? locatie
      ? (data.locaties.find((l) => l.code === locatie)?.aantalKinderen ?? 0)
      : data.aantalKinderen
    : 0;
  const counts = {
    count: shown.length,
    aantal: formatNumber(shown.length, language),
    totaal: formatNumber(totaal, language),
  };

  return (
    <section aria-labelledby="signalen-lijst">
      <Heading level={2} id="signalen-lijst">
        {t('signalen.list.title')}
      </Heading>
      {signalen.isPending && <Loading />}
      {signalen.isError && <ErrorMessage error={signalen.error} />}
      {data && (
        <>
          <Paragraph>
            {t('signalen.list.peildatum', { datum: formatDate(data.peildatum, language) })}
          </Paragraph>
          <Paragraph role="status" className="kk-result-count">
            {locatie
              ? t('signalen.list.countFor', { ...counts, locatie: locatieLabel(locatie) })
              : t('signalen.list.count', counts)}
          </Paragraph>
          <Downloads
            href={`${API_BASE}/signalen/export`}
            query={{ locatie }}
            table={t('signalen.list.title')}
          />
          {shown.length > 0 && <SignalenTable kinderen={shown} locatieLabel={locatieLabel} />}
        </>
      )}
    </section>
  );
}

function SignalenTable({
  kinderen,
  locatieLabel,
}: {
  kinderen: readonly Kind[];
  locatieLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table caption={t('signalen.list.caption')} scrollLabel={t('signalen.list.caption')}>
      <TableColumns
        columns={[
          t('signalen.list.columns.pseudoniem'),
          { label: t('signalen.list.columns.leeftijd'), numeric: true },
          t('signalen.list.columns.locatie'),
          t('signalen.list.columns.signalen'),
        ]}
      />
      <TableBody>
        {kinderen.map((kind) => (
          <TableRow key={kind.pseudoniem}>
            <TableHeaderCell scope="row" className="kk-row-header">
              <Link to={`/kinderen/${encodeURIComponent(kind.pseudoniem)}`}>
                <PseudoniemText value={kind.pseudoniem} />
              </Link>
            </TableHeaderCell>
            <TableCell numeric>
              {t('kinderen.leeftijd', {
                count: kind.leeftijd,
                aantal: formatNumber(kind.leeftijd, language),
              })}
            </TableCell>
            <TableCell>{locatieLabel(kind.locatie)}</TableCell>
            <TableCell>
              <ul className="utrecht-unordered-list kk-signal-list">
                {kind.signalen.map((signaal) => (
                  <li key={signaal.soort} className="utrecht-unordered-list__item">
                    {t(`signalen.soorten.${signaal.soort}`, {
                      count: signaal.waarde,
                      aantal: formatNumber(signaal.waarde, language),
                      drempel: formatNumber(signaal.drempel, language),
                    })}
                  </li>
                ))}
              </ul>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
