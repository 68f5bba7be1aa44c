import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { API_BASE } from '../api.js';
import { Downloads } from '../components/Downloads.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import {
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
import { formatNumber } from '../format.js';
import { useDebouncedValue } from '../hooks/useDebouncedValue.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { useGemeenten } from '../queries.js';

const SEARCH_DELAY_MS = 300;

export function GemeentenPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const [zoek, setZoek] = useState(searchParams.get('zoek') ?? '');
  const debouncedZoek = useDebouncedValue(zoek.trim(), SEARCH_DELAY_MS);
  const gemeenten = useGemeenten(debouncedZoek);
  useDocumentTitle(t('gemeenten.title'));

  // The search lives in the address too, so a search can be bookmarked and Back restores it.
  useEffect(() => {
    setSearchParams(debouncedZoek ? { zoek: debouncedZoek } : {}, { replace: true });
  }, [debouncedZoek, setSearchParams]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
  }

  const totaal = gemeenten.data?.totaal ?? 0;
  const count = t(debouncedZoek ? 'gemeenten.countFor' : 'gemeenten.count', {
    count: totaal,
    aantal: formatNumber(totaal, language),
    zoek: debouncedZoek,
  });

  return (
    <>
      <Heading level={1}>{t('gemeenten.title')}</Heading>
      <Paragraph appearance="lead">{t('gemeenten.lead')}</Paragraph>
      <search>
        <form onSubmit={onSubmit} className="kk-search">
          <FormField label={t('gemeenten.search')} description={t('gemeenten.searchHelp')}>
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
        {gemeenten.data ? count : ''}
      </Paragraph>
      {gemeenten.isPending && <Loading />}
      {gemeenten.isError && <ErrorMessage error={gemeenten.error} />}
      {gemeenten.data && gemeenten.data.items.length > 0 && (
        <Table caption={t('gemeenten.caption')}>
          <TableColumns
            columns={[
              t('gemeenten.columns.naam'),
              t('gemeenten.columns.code'),
              t('gemeenten.columns.provincie'),
            ]}
          />
          <TableBody>
            {gemeenten.data.items.map((gemeente) => (
              <TableRow key={gemeente.code}>
                <TableHeaderCell scope="row" className="kk-row-header">
                  <Link to={`/gemeenten/${gemeente.code}`}>{gemeente.naam}</Link>
                </TableHeaderCell>
                <TableCell>{gemeente.code}</TableCell>
                <TableCell>{gemeente.provincieNaam}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {gemeenten.data && gemeenten.data.items.length > 0 && (
        <Downloads
          href={`${API_BASE}/gemeenten/export`}
          query={{ zoek: debouncedZoek }}
          table={t('gemeenten.title')}
        />
      )}
    </>
  );
}
