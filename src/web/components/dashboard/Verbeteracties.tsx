import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { GemeenteVerbeteracties } from '../../../contracts/verbeteracties.js';
import { apiFetch } from '../../api.js';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/index.js';
import { ApiError } from '../../problem.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { Loading } from '../Loading.js';
import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';

type Acties = z.infer<typeof GemeenteVerbeteracties>;

/** Today in the Netherlands as `YYYY-MM-DD` (the Canadian format is ISO's). */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/**
 * The improvement actions that are still open or under way, across the assessments of the
 * municipality's locations, first deadline first; an overdue deadline says so in words. Shown
 * to whoever the server lets read them; for anyone else the section stays away.
 */
export function Verbeteracties({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const acties = useQuery({
    queryKey: ['verbeteracties', code],
    queryFn: () => apiFetch<Acties>(`/gemeenten/${encodeURIComponent(code)}/verbeteracties`),
  });
  if (acties.error instanceof ApiError && [401, 403].includes(acties.error.status)) return null;
  const vandaag = today();
  const open = acties.data?.items.filter((a) => a.status !== 'afgerond') ?? [];
  const caption = t('dashboard.acties.caption');
  return (
    <section aria-labelledby="dashboard-acties" className="kk-dashboard-section">
      <Heading level={2} id="dashboard-acties">
        {t('dashboard.acties.heading')}
      </Heading>
      {acties.isPending && <Loading />}
      {acties.isError && <ErrorMessage error={acties.error} />}
      {acties.data && open.length === 0 && <Paragraph>{t('dashboard.acties.geen')}</Paragraph>}
      {open.length > 0 && (
        <Table caption={caption} scrollLabel={caption}>
          <TableColumns
            columns={[
              t('dashboard.acties.actie'),
              t('dashboard.naleving.locatie'),
              t('beoordeling.acties.norm'),
              t('beoordeling.acties.eigenaar'),
              t('beoordeling.acties.deadline'),
              t('beoordeling.acties.status'),
            ]}
          />
          <TableBody>
            {open.map((actie) => (
              <TableRow key={actie.id}>
                <TableHeaderCell scope="row">
                  <Link to={`/beoordelingen/${actie.beoordeling.id}`}>{actie.omschrijving}</Link>
                </TableHeaderCell>
                <TableCell>{actie.locatie.naam}</TableCell>
                <TableCell>
                  {actie.norm
                    ? `${actie.norm.id} ${actie.norm.titel[language]}`
                    : t('beoordeling.acties.geheel')}
                </TableCell>
                <TableCell>{actie.eigenaar}</TableCell>
                <TableCell>
                  <time dateTime={actie.deadline}>{formatDate(actie.deadline, language)}</time>
                  {actie.deadline < vandaag && (
                    <strong className="kk-te-laat"> {t('dashboard.acties.teLaat')}</strong>
                  )}
                </TableCell>
                <TableCell>{t(`beoordeling.acties.statussen.${actie.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
