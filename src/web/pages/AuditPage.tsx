import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditRegel } from '../../contracts/audit.js';
import { API_BASE } from '../api.js';
import { Downloads } from '../components/Downloads.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { NoAccess } from '../components/NoAccess.js';
import {
  Button,
  ButtonGroup,
  FormField,
  Heading,
  Link,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableRow,
  Textbox,
} from '../components/nlds/index.js';
import { Pagination } from '../components/Pagination.js';
import { useLoggedInSessie } from '../components/RequireLogin.js';
import { formatDateTime, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { type AuditFilters, useAudit } from '../queries.js';

const PAGE_SIZE = 50;
const FILTER_NAMES = ['actie', 'actor', 'uitkomst', 'van', 'tot'] as const;
const UITKOMSTEN = ['gelukt', 'geweigerd', 'mislukt'] as const;
type FilterName = (typeof FILTER_NAMES)[number];
type FilterValues = Record<FilterName, string>;

function filtersFrom(params: URLSearchParams): FilterValues {
  return Object.fromEntries(
    FILTER_NAMES.map((name) => [name, params.get(name) ?? '']),
  ) as FilterValues;
}

function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('pagina'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** Filters and page live in the address: a filtered view can be bookmarked and shared. */
function searchFor(filters: FilterValues, pagina: number): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  if (pagina > 1) params.set('pagina', String(pagina));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The Previous/Next link that was used may not exist on the new page, which would drop focus to
 * the top of the document; put it at the start of the new results instead.
 */
function useFocusOnPageChange(pagina: number, target: RefObject<HTMLElement | null>): void {
  const previous = useRef(pagina);
  useEffect(() => {
    if (previous.current === pagina) return;
    previous.current = pagina;
    target.current?.focus();
  }, [pagina, target]);
}

export function AuditPage() {
  const { t } = useTranslation();
  const sessie = useLoggedInSessie();
  const beheerder = sessie.gebruiker.rol === 'beheerder';
  useDocumentTitle(beheerder ? t('audit.title') : t('noAccess.title'));
  if (!beheerder) return <NoAccess reason={t('audit.onlyBeheerder')} />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = filtersFrom(searchParams);
  const pagina = pageFrom(searchParams);
  const [draft, setDraft] = useState<FilterValues>(applied);
  const query: AuditFilters = { ...applied, pagina, paginaGrootte: PAGE_SIZE };
  const audit = useAudit(query);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnPageChange(pagina, resultsHeading);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearchParams(searchFor(draft, 1));
  }

  function onClear() {
    const empty = filtersFrom(new URLSearchParams());
    setDraft(empty);
    setSearchParams('');
  }

  function set(name: FilterName) {
    return (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: event.target.value }));
  }

  const totaal = audit.data?.totaal ?? 0;

  return (
    <>
      <Heading level={1}>{t('audit.title')}</Heading>
      <Paragraph appearance="lead">{t('audit.lead')}</Paragraph>
      <form onSubmit={onSubmit} className="kk-filters" aria-labelledby="audit-filters">
        <Heading level={2} id="audit-filters">
          {t('audit.filters.title')}
        </Heading>
        <div className="kk-filters__grid">
          <FormField label={t('audit.filters.actie')} description={t('audit.filters.actieHelp')}>
            {({ invalid, ...control }) => (
              <Textbox
                {...control}
                invalid={invalid}
                name="actie"
                value={draft.actie}
                onChange={set('actie')}
              />
            )}
          </FormField>
          <FormField label={t('audit.filters.actor')} description={t('audit.filters.actorHelp')}>
            {({ invalid, ...control }) => (
              <Textbox
                {...control}
                invalid={invalid}
                name="actor"
                value={draft.actor}
                onChange={set('actor')}
              />
            )}
          </FormField>
          <FormField label={t('audit.filters.uitkomst')}>
            {({ invalid, ...control }) => (
              <Select
                {...control}
                invalid={invalid}
                name="uitkomst"
                value={draft.uitkomst}
                onChange={set('uitkomst')}
              >
                <option value="">{t('audit.filters.alleUitkomsten')}</option>
                {UITKOMSTEN.map((uitkomst) => (
                  <option key={uitkomst} value={uitkomst}>
                    {t(`audit.uitkomst.${uitkomst}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField label={t('audit.filters.van')}>
            {({ invalid, ...control }) => (
              <Textbox
                {...control}
                invalid={invalid}
                type="date"
                name="van"
                value={draft.van}
                onChange={set('van')}
              />
            )}
          </FormField>
          <FormField label={t('audit.filters.tot')}>
            {({ invalid, ...control }) => (
              <Textbox
                {...control}
                invalid={invalid}
                type="date"
                name="tot"
                value={draft.tot}
                onChange={set('tot')}
              />
            )}
          </FormField>
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('audit.filters.apply')}
          </Button>
          <Button appearance="secondary-action" onClick={onClear}>
            {t('audit.filters.clear')}
          </Button>
        </ButtonGroup>
      </form>

      <Heading level={2} ref={resultsHeading} tabIndex={-1}>
        {t('audit.results')}
      </Heading>
      <Paragraph role="status">
        {audit.data
          ? t('audit.count', { count: totaal, aantal: formatNumber(totaal, language) })
          : ''}
      </Paragraph>
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorMessage error={audit.error} />}
      {audit.data && audit.data.items.length === 0 && pagina > 1 && (
        <Paragraph>
          <Link to={{ search: searchFor(applied, 1) }}>{t('audit.firstPage')}</Link>
        </Paragraph>
      )}
      {audit.data && audit.data.items.length > 0 && (
        <>
          <Table caption={t('audit.caption')} scrollLabel={t('audit.caption')}>
            <TableColumns
              columns={[
                t('audit.columns.tijdstip'),
                t('audit.columns.actor'),
                t('audit.columns.actie'),
                t('audit.columns.object'),
                t('audit.columns.uitkomst'),
                t('audit.columns.ip'),
              ]}
            />
            <TableBody>
              {audit.data.items.map((regel) => (
                <AuditRow key={regel.id} regel={regel} />
              ))}
            </TableBody>
          </Table>
          <Pagination
            pagina={audit.data.pagina}
            paginaGrootte={audit.data.paginaGrootte}
            totaal={audit.data.totaal}
            hrefFor={(page) => ({ search: searchFor(applied, page) })}
          />
          <Downloads href={`${API_BASE}/audit/export`} query={applied} table={t('audit.title')} />
        </>
      )}
    </>
  );
}

function AuditRow({ regel }: { regel: AuditRegel }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const actor = regel.actorEmail ?? t(`audit.actorSoort.${regel.actorSoort}`);
  const object = [regel.objectSoort, regel.objectId].filter(Boolean).join(' ');
  return (
    <TableRow>
      <TableCell className="kk-nowrap">
        <time dateTime={regel.tijdstip}>{formatDateTime(regel.tijdstip, language)}</time>
      </TableCell>
      <TableCell>{actor}</TableCell>
      <TableCell>{regel.actie}</TableCell>
      <TableCell>{object || t('common.none')}</TableCell>
      <TableCell>
        <span className={`kk-outcome kk-outcome--${regel.uitkomst}`}>
          {t(`audit.uitkomst.${regel.uitkomst}`)}
        </span>
      </TableCell>
      <TableCell>{regel.ip ?? t('common.none')}</TableCell>
    </TableRow>
  );
}
