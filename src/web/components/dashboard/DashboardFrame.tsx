import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCATIE_TYPES } from '../../locatieVelden.js';
import { ApiError } from '../../problem.js';
import { useHealth } from '../../queries.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { AboutFigures } from '../indicatoren/AboutFigures.js';
import { BarTable } from '../indicatoren/BarTable.js';
import { IndicatorPeildatumForm } from '../indicatoren/IndicatorPeildatumForm.js';
import { PublicViewOff } from '../indicatoren/PublicViewOff.js';
import { useIndicatorParams } from '../indicatoren/params.js';
import { type Tabel, useIndicatorTabel, useReeks } from '../indicatoren/queries.js';
import { Loading } from '../Loading.js';
import { Alert, Heading, Paragraph } from '../nlds/index.js';
import { Kerncijfers } from './Kerncijfers.js';
import { DASHBOARD_MONTHS } from './queries.js';
import '../indicatoren/indicatoren.css';
import './dashboard.css';

/**
 * What the national and a municipal dashboard share: the peildatum, the headline figures with
 * their trend, the children by type of location, and what the figures are. Everything comes
 * from the published set; the page adds what is its own below.
 */
export function DashboardFrame({
  scope,
  title,
  lead,
  area,
  before,
  children,
}: {
  scope: string;
  title: string;
  lead: string;
  area: string;
  before?: ReactNode;
  /** `requested`: the peildatum as asked (empty: the server's default), for shared queries. */
  children?: (table: Tabel, requested: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const health = useHealth();
  const { peildatum, update } = useIndicatorParams();
  const table = useIndicatorTabel(scope, peildatum);
  // Asked at once, beside the table: a dashboard shows its trends from the first paint on.
  const reeks = useReeks(scope, peildatum, DASHBOARD_MONTHS, true);
  return (
    <>
      {before}
      <Heading level={1}>{title}</Heading>
      {health.data?.demo && (
        <Alert type="warning" className="kk-demo-note">
          <Paragraph>
            <strong>{t('demo.title')}.</strong> {t('indicatoren.demoNote')}
          </Paragraph>
        </Alert>
      )}
      <Paragraph appearance="lead">{lead}</Paragraph>
      <div className="kk-filters kk-indicator-forms">
        <IndicatorPeildatumForm
          key={peildatum || table.data?.peildatum}
          current={peildatum || table.data?.peildatum || ''}
          onSubmit={(value) => update({ peildatum: value })}
        />
      </div>
      {table.isPending && <Loading />}
      {table.error instanceof ApiError && table.error.status === 401 ? (
        <PublicViewOff />
      ) : (
        table.isError && <ErrorMessage error={table.error} />
      )}
      {table.data && (
        <>
          <Kerncijfers table={table.data} reeks={reeks.data} reeksPending={reeks.isPending} />
          {reeks.isError && table.isSuccess && <ErrorMessage error={reeks.error} />}
          <section className="kk-dashboard-section" aria-label={t('indicatoren.i1.byType')}>
            <BarTable
              caption={t('indicatoren.i1.byType')}
              rows={LOCATIE_TYPES.map((type) => ({
                key: type,
                label: t(`locaties.types.${type}`),
                value: table.data.children.byType[type],
              }))}
              total={table.data.children.count}
            />
          </section>
          {children?.(table.data, peildatum)}
          <AboutFigures
            published={table.data.suppressed}
            peildatum={table.data.peildatum}
            area={area}
          />
        </>
      )}
    </>
  );
}
