import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locatie } from '../../contracts/locaties.js';
import { API_BASE } from '../api.js';
import { Downloads } from '../components/Downloads.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
import {
  ButtonLink,
  FormField,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '../components/nlds/index.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { canWriteLocaties } from '../locatieVelden.js';
import { useLocaties } from '../queries.js';

/** Case and accents do not matter: "Sudwest" finds "Súdwest-Fryslân". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function matches(locatie: Locatie, zoek: string): boolean {
  if (!zoek) return true;
  const haystack = [locatie.naam, locatie.code, locatie.type, locatie.subtype ?? ''].join(' ');
  return normalise(haystack).includes(normalise(zoek));
}

export function LocatiesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const sessie = useLoggedInSessie();
  const writer = canWriteLocaties(sessie.gebruiker.rol);
  const locaties = useLocaties();
  const [zoek, setZoek] = useState('');
  useDocumentTitle(t('locaties.title'));

  const all = locaties.data?.items ?? [];
  const filter = zoek.trim();
  const shown = all.filter((locatie) => matches(locatie, filter));
  const count = filter
    ? t('locaties.countFor', {
        count: shown.length,
        aantal: formatNumber(shown.length, language),
        totaal: formatNumber(all.length, language),
        zoek: filter,
      })
    : t('locaties.count', { count: all.length, aantal: formatNumber(all.length, language) });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
  }

  return (
    <>
      <Heading level={1}>{t('locaties.title')}</Heading>
      <Paragraph appearance="lead">{t('locaties.lead')}</Paragraph>
      {writer && (
        <div className="kk-page-actions">
          <ButtonLink to="/locaties/nieuw">{t('locaties.new')}</ButtonLink>
        </div>
      )}
      {locaties.isPending && <Loading />}
      {locaties.isError && <ErrorMessage error={locaties.error} />}
      {locaties.data && all.length === 0 && (
        <Paragraph>{writer ? t('locaties.emptyWriter') : t('locaties.empty')}</Paragraph>
      )}
      {locaties.data && all.length > 0 && (
        <>
          <search>
            <form onSubmit={onSubmit} className="kk-search">
              <FormField label={t('locaties.filter')} description={t('locaties.filterHelp')}>
                {({ invalid, ...control }) => (
                  <Textbox
                    {...control}
                    invalid={invalid}
                    type="search"
                    name="zoek"
                    autoComplete="off"
                    value={zoek}
                    onChange={(event) => setZoek(event.target.value)}
                  />
                )}
              </FormField>
            </form>
          </search>
          <Paragraph role="status" className="kk-result-count">
            {count}
          </Paragraph>
          {shown.length > 0 && <LocatiesTable locaties={shown} />}
          <Downloads href={`${API_BASE}/locaties/export`} table={t('locaties.title')} />
        </>
      )}
    </>
  );
}

function LocatiesTable({ locaties }: { locaties: readonly Locatie[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typeLabel = useTypeLabel();
  return (
    <Table caption={t('locaties.caption')} scrollLabel={t('locaties.caption')}>
      <TableColumns
        columns={[
          t('locaties.columns.naam'),
          t('locaties.columns.code'),
          t('locaties.columns.gemeente'),
          t('locaties.columns.type'),
          t('locaties.columns.status'),
          { label: t('locaties.columns.capaciteit'), numeric: true },
        ]}
      />
      <TableBody>
        {locaties.map((locatie) => (
          <TableRow key={locatie.code}>
            <TableHeaderCell scope="row" className="kk-row-header">
              <Link to={`/locaties/${encodeURIComponent(locatie.code)}`}>{locatie.naam}</Link>
            </TableHeaderCell>
            <TableCell>{locatie.code}</TableCell>
            <TableCell>{locatie.gemeenteNaam}</TableCell>
            <TableCell>{typeLabel(locatie.type, locatie.subtype)}</TableCell>
            <TableCell>{t(`locaties.status.${locatie.status}`)}</TableCell>
            <TableCell numeric>{formatNumber(locatie.capaciteit, language)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
