import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Outcome } from '../../domain/framework/evaluate.js';
import { API_BASE } from '../api.js';
import { Downloads } from '../components/Downloads.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { useTypeLabel } from '../components/LocatieLabels.js';
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
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../components/nlds/index.js';
import { CijfersNotice } from '../components/toetsing/CijfersNotice.js';
import {
  ToetsingPeildatumForm,
  UitkomstLabel,
  UitkomstLegenda,
  usePeildatum,
  useText,
} from '../components/toetsing/Uitkomst.js';
import { formatDate, formatNumber } from '../format.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useLanguage } from '../i18n/index.js';
import { isOneOf } from '../locatieVelden.js';
import { ApiError } from '../problem.js';
import { type Gemeentetoetsing, OUTCOME_ORDER, useGemeenteToetsing } from '../toetsing.js';
import '../styles/toetsing.css';

/** Every location of a municipality against its framework: locations × norms. */
export function ToetsingGemeentePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const code = (useParams().code ?? '').toUpperCase();
  const [peildatum, setPeildatum] = usePeildatum();
  const toetsing = useGemeenteToetsing(code, peildatum);
  const status = toetsing.error instanceof ApiError ? toetsing.error.status : null;
  const data = toetsing.data;
  const title = data
    ? t('toetsing.gemeente.title', { naam: data.gemeente.naam })
    : t('toetsing.gemeente.titleFallback');
  useDocumentTitle(status === 403 ? t('noAccess.title') : title);
  if (status === 403) return <NoAccess reason={t('toetsing.gemeente.forbidden')} />;

  return (
    <>
      <Paragraph>
        <Link to={`/gemeenten/${code}`}>
          {t('toetsing.gemeente.back', { naam: data?.gemeente.naam ?? code })}
        </Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {toetsing.isPending && <Loading />}
      {toetsing.isError && <ErrorMessage error={toetsing.error} />}
      {data && (
        <>
          <Paragraph appearance="lead">{t('toetsing.gemeente.lead')}</Paragraph>
          <Paragraph>
            {t(data.kader.aangenomen ? 'toetsing.kader.aangenomen' : 'toetsing.kader.basis', {
              versie: data.kader.versie,
              gemeente: data.gemeente.naam,
            })}{' '}
            {t('toetsing.opPeildatum', { datum: formatDate(data.peildatum, language) })}
          </Paragraph>
          <CijfersNotice
            cijfers={data.locaties.length > 0 && data.locaties.every((l) => l.cijfers)}
          />
          <ToetsingPeildatumForm
            key={data.peildatum}
            current={peildatum || data.peildatum}
            onSubmit={setPeildatum}
          />
          <UitkomstLegenda />
          <Matrix toetsing={data} />
          <Downloads
            href={`${API_BASE}/gemeenten/${code}/toetsing/export`}
            query={{ peildatum: data.peildatum }}
            table={t('toetsing.gemeente.matrix')}
          />
          <Gemeentenormen toetsing={data} />
        </>
      )}
    </>
  );
}

interface Filters {
  thema: string;
  uitkomst: Outcome | '';
  type: string;
}

function Matrix({ toetsing }: { toetsing: Gemeentetoetsing }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useText();
  const typeLabel = useTypeLabel();
  const [filters, setFilters] = useState<Filters>({ thema: '', uitkomst: '', type: '' });
  const set = (next: Partial<Filters>) => setFilters((current) => ({ ...current, ...next }));

  const normen = toetsing.kader.normen.filter(
    (n) => n.norm.level === 'location' && (!filters.thema || n.thema === filters.thema),
  );
  const shown = new Set(normen.map((n) => n.norm.id));
  const types = [...new Set(toetsing.locaties.map((l) => l.locatie.type))].sort();
  const rows = toetsing.locaties.filter(
    (l) =>
      (!filters.type || l.locatie.type === filters.type) &&
      (!filters.uitkomst ||
        l.uitkomsten.some((u) => shown.has(u.norm) && u.uitkomst === filters.uitkomst)),
  );
  const themas = toetsing.kader.themas.filter((thema) =>
    toetsing.kader.normen.some((n) => n.thema === thema.id && n.norm.level === 'location'),
  );

  return (
    <section aria-labelledby="toetsing-matrix">
      <Heading level={2} id="toetsing-matrix">
        {t('toetsing.gemeente.matrix')}
      </Heading>
      <search className="kk-no-print">
        <form onSubmit={(event) => event.preventDefault()} className="kk-toetsing-filters">
          <FormField label={t('toetsing.gemeente.thema')}>
            {({ invalid, ...control }) => (
              <Select
                {...control}
                invalid={invalid}
                name="thema"
                value={filters.thema}
                onChange={(event) => set({ thema: event.target.value })}
              >
                <option value="">{t('toetsing.gemeente.themaAlle')}</option>
                {themas.map((thema) => (
                  <option key={thema.id} value={thema.id}>
                    {t('toetsing.locatie.thema', { id: thema.id, titel: text(thema.title) })}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField label={t('toetsing.gemeente.uitkomst')}>
            {({ invalid, ...control }) => (
              <Select
                {...control}
                invalid={invalid}
                name="uitkomst"
                value={filters.uitkomst}
                onChange={(event) =>
                  set({
                    uitkomst: isOneOf(OUTCOME_ORDER, event.target.value) ? event.target.value : '',
                  })
                }
              >
                <option value="">{t('toetsing.gemeente.uitkomstAlle')}</option>
                {OUTCOME_ORDER.map((uitkomst) => (
                  <option key={uitkomst} value={uitkomst}>
                    {t(`toetsing.uitkomsten.${uitkomst}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField label={t('toetsing.gemeente.type')}>
            {({ invalid, ...control }) => (
              <Select
                {...control}
                invalid={invalid}
                name="type"
                value={filters.type}
                onChange={(event) => set({ type: event.target.value })}
              >
                <option value="">{t('toetsing.gemeente.typeAlle')}</option>
                {types.map((type) => (
                  <option key={type} value={type}>
                    {typeLabel(type, null)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </form>
      </search>
      <Paragraph role="status" className="kk-result-count">
        {t('toetsing.gemeente.aantal', {
          count: toetsing.locaties.length,
          aantal: formatNumber(rows.length, language),
          totaal: formatNumber(toetsing.locaties.length, language),
        })}
      </Paragraph>
      {rows.length > 0 && (
        <Table
          caption={t('toetsing.gemeente.caption', { naam: toetsing.gemeente.naam })}
          scrollLabel={t('toetsing.gemeente.scroll')}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('toetsing.gemeente.locatie')}</TableHeaderCell>
              {normen.map(({ norm }) => (
                <TableHeaderCell key={norm.id} className="kk-matrix__norm">
                  {norm.id}
                  <span className="kk-matrix__normtitel"> {text(norm.title)}</span>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ locatie, uitkomsten }) => {
              const byNorm = new Map(uitkomsten.map((u) => [u.norm, u]));
              return (
                <TableRow key={locatie.code}>
                  <TableHeaderCell scope="row" className="kk-row-header">
                    <Link
                      to={`/locaties/${encodeURIComponent(locatie.code)}/toetsing?peildatum=${toetsing.peildatum}`}
                    >
                      {locatie.naam}
                    </Link>
                    <span className="kk-matrix__type">
                      {typeLabel(locatie.type, locatie.subtype)}
                      {locatie.status !== 'open' && ` · ${t(`locaties.status.${locatie.status}`)}`}
                    </span>
                  </TableHeaderCell>
                  {normen.map(({ norm }) => {
                    const u = byNorm.get(norm.id);
                    return (
                      <TableCell key={norm.id}>
                        {u ? <UitkomstLabel uitkomst={u.uitkomst} /> : null}
                      </TableCell>
                    );
                  })}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function Gemeentenormen({ toetsing }: { toetsing: Gemeentetoetsing }) {
  const { t } = useTranslation();
  const text = useText();
  const titles = new Map(toetsing.kader.normen.map((n) => [n.norm.id, text(n.norm.title)]));
  if (!toetsing.gemeentenormen.length) return null;
  return (
    <section aria-labelledby="toetsing-gemeentenormen">
      <Heading level={2} id="toetsing-gemeentenormen">
        {t('toetsing.gemeente.gemeentenormen')}
      </Heading>
      <Paragraph>{t('toetsing.gemeente.gemeentenormenLead')}</Paragraph>
      <Table
        caption={t('toetsing.gemeente.gemeentenormenCaption', { naam: toetsing.gemeente.naam })}
      >
        <TableColumns
          columns={[
            t('toetsing.locatie.norm'),
            t('toetsing.locatie.uitkomst'),
            t('toetsing.locatie.toelichting'),
          ]}
        />
        <TableBody>
          {toetsing.gemeentenormen.map((u) => (
            <TableRow key={u.norm}>
              <TableHeaderCell scope="row" className="kk-row-header">
                {u.norm} {titles.get(u.norm)}
              </TableHeaderCell>
              <TableCell>
                <UitkomstLabel uitkomst={u.uitkomst} />
              </TableCell>
              <TableCell>{text(u.toelichting)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
