import { useTranslation } from 'react-i18next';
import { ApiError } from '../../problem.js';
import { OUTCOME_ORDER, useGemeenteToetsing } from '../../toetsing.js';
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
import { UitkomstLabel } from '../toetsing/Uitkomst.js';

/**
 * Compliance with the municipality's framework, one row per location: how many norms it meets,
 * partly meets, fails, and cannot be judged. The full matrix is one link away. Shown to whoever
 * the server lets read the municipality's evaluation; for anyone else it stays away.
 */
export function Naleving({ code, peildatum }: { code: string; peildatum: string }) {
  const { t } = useTranslation();
  const toetsing = useGemeenteToetsing(code, peildatum);
  if (toetsing.error instanceof ApiError && [401, 403].includes(toetsing.error.status)) {
    return null;
  }
  const caption = t('dashboard.naleving.caption');
  return (
    <section aria-labelledby="dashboard-naleving" className="kk-dashboard-section">
      <Heading level={2} id="dashboard-naleving">
        {t('dashboard.naleving.heading')}
      </Heading>
      {toetsing.isPending && <Loading />}
      {toetsing.isError && <ErrorMessage error={toetsing.error} />}
      {toetsing.data && (
        <>
          <Paragraph>
            {t('dashboard.naleving.lead', { versie: toetsing.data.kader.versie })}{' '}
            <Link to={`/gemeenten/${code}/toetsing?peildatum=${toetsing.data.peildatum}`}>
              {t('dashboard.naleving.matrix')}
            </Link>
          </Paragraph>
          {toetsing.data.locaties.length === 0 ? (
            <Paragraph>{t('dashboard.naleving.geen')}</Paragraph>
          ) : (
            <Table caption={caption} scrollLabel={caption}>
              <TableColumns
                columns={[
                  t('dashboard.naleving.locatie'),
                  ...OUTCOME_ORDER.map((uitkomst) => ({
                    label: <UitkomstLabel uitkomst={uitkomst} />,
                    numeric: true as const,
                  })),
                ]}
              />
              <TableBody>
                {toetsing.data.locaties.map((locatie) => (
                  <TableRow key={locatie.locatie.code}>
                    <TableHeaderCell scope="row">
                      <Link to={`/locaties/${locatie.locatie.code}/toetsing`}>
                        {locatie.locatie.naam}
                      </Link>
                    </TableHeaderCell>
                    {OUTCOME_ORDER.map((uitkomst) => (
                      <TableCell key={uitkomst} numeric>
                        {locatie.telling[uitkomst]}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
