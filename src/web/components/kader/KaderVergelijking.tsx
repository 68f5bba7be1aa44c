import { useTranslation } from 'react-i18next';
import {
  type Adoption,
  type ComparedNorm,
  compareWithBaseline,
} from '../../../domain/framework/adoption.js';
import type { Framework } from '../../../domain/framework/model.js';
import { useLanguage } from '../../i18n/index.js';
import type { GemeenteKaderStand } from '../../kader.js';
import { withoutLocalNorm, withoutNotAdopted, withoutTightening } from '../../kaderBewerken.js';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';
import { useKaderWijziging } from './useKaderWijziging.js';
import { useNormText } from './useNormText.js';
import { WijzigingMelding } from './WijzigingMelding.js';

interface Props {
  stand: GemeenteKaderStand & { kader: Adoption };
  baseline: Framework;
  editor: boolean;
}

/**
 * Baseline and local framework side by side, one table per theme. Every deviation is named in
 * words (colour only supports it); the municipality can undo one from its row.
 */
export function KaderVergelijking({ stand, baseline, editor }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const wijziging = useKaderWijziging(stand, baseline, () => null);
  const rows = compareWithBaseline(baseline, stand.kader);

  function undo(row: ComparedNorm) {
    const adoption = stand.kader;
    const next =
      row.deviation === 'tightened'
        ? withoutTightening(adoption, row.id)
        : row.deviation === 'notAdopted'
          ? withoutNotAdopted(adoption, row.id)
          : withoutLocalNorm(adoption, row.id);
    wijziging.submit(next);
  }

  const columns = [
    t('kader.vergelijking.columns.norm'),
    t('kader.vergelijking.columns.basis'),
    t('kader.vergelijking.columns.lokaal'),
    t('kader.vergelijking.columns.afwijking'),
    ...(editor ? [t('kader.vergelijking.columns.acties')] : []),
  ];

  return (
    <section aria-labelledby="kader-vergelijking" className="kk-kader-section">
      <Heading level={2} id="kader-vergelijking">
        {t('kader.vergelijking.title')}
      </Heading>
      <DeviationSummary rows={rows} />
      <WijzigingMelding wijziging={wijziging} fieldId={() => 'kader-vergelijking'} />
      {baseline.themes.map((theme) => {
        const themeTitle = t('kader.themaTitel', { id: theme.id, titel: theme.title[language] });
        return (
          <Table
            key={theme.id}
            caption={t('kader.vergelijking.caption', {
              thema: themeTitle,
              versie: baseline.version,
            })}
            scrollLabel={themeTitle}
          >
            <TableColumns columns={columns} />
            <TableBody>
              {rows
                .filter((row) => row.theme === theme.id)
                .map((row) => (
                  <ComparisonRow
                    key={row.id}
                    row={row}
                    editor={editor}
                    busy={wijziging.pending}
                    onUndo={() => undo(row)}
                  />
                ))}
            </TableBody>
          </Table>
        );
      })}
    </section>
  );
}

function DeviationSummary({ rows }: { rows: ComparedNorm[] }) {
  const { t } = useTranslation();
  const counts = (['tightened', 'notAdopted', 'local'] as const)
    .map((deviation) => ({ deviation, n: rows.filter((r) => r.deviation === deviation).length }))
    .filter(({ n }) => n > 0);
  return (
    <Paragraph>
      {counts.length
        ? counts
            .map(({ deviation, n }) =>
              t(`kader.gemeente.afwijkingen.${deviation}`, { count: n, aantal: n }),
            )
            .join(', ')
        : t('kader.gemeente.afwijkingen.geen')}
    </Paragraph>
  );
}

interface RowProps {
  row: ComparedNorm;
  editor: boolean;
  busy: boolean;
  onUndo: () => void;
}

function ComparisonRow({ row, editor, busy, onUndo }: RowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useNormText();
  const norm = row.local ?? row.baseline!;
  const action =
    row.deviation === 'tightened'
      ? t('kader.vergelijking.intrekken')
      : row.deviation === 'notAdopted'
        ? t('kader.vergelijking.overnemen')
        : row.deviation === 'local'
          ? t('kader.vergelijking.verwijderen')
          : null;
  return (
    <TableRow className={`kk-afwijking-rij kk-afwijking-rij--${row.deviation}`}>
      <TableHeaderCell scope="row" className="kk-row-header">
        {t('kader.normTitel', { id: row.id, titel: norm.title[language] })}
      </TableHeaderCell>
      <TableCell>
        {row.baseline ? text.rule(row.baseline) : t('kader.vergelijking.geenBasis')}
      </TableCell>
      <TableCell>{row.local ? text.rule(row.local) : t('kader.vergelijking.vervalt')}</TableCell>
      <TableCell>
        <span className={`kk-afwijking kk-afwijking--${row.deviation}`}>
          {t(`kader.vergelijking.afwijking.${row.deviation}`)}
        </span>
        {row.reason && (
          <span className="kk-afwijking-reden">
            {t('kader.vergelijking.reden', { reden: row.reason })}
          </span>
        )}
      </TableCell>
      {editor && (
        <TableCell>
          {action && (
            <Button appearance="subtle" className="kk-button--small" busy={busy} onClick={onUndo}>
              {action}
              <span className="kk-visually-hidden"> {row.id}</span>
            </Button>
          )}
        </TableCell>
      )}
    </TableRow>
  );
}
