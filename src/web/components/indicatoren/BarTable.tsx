import { useTranslation } from 'react-i18next';
import {
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';
import { Figure, type FigureValue } from './Figure.js';

export interface BarRow {
  key: string;
  label: string;
  value: FigureValue;
}

/**
 * A small bar chart that is a table: each row a group, its count, its share of the total and a
 * bar for the eye (hidden from screen readers, which read the numbers). A suppressed count has no
 * bar and no share; the table says `x`.
 */
export function BarTable({
  caption,
  rows,
  total,
}: {
  caption: string;
  rows: readonly BarRow[];
  total: FigureValue;
}) {
  const { t } = useTranslation();
  const whole = typeof total === 'number' && total > 0 ? total : null;
  return (
    <div className="kk-bars">
      <Table caption={caption}>
        <TableColumns
          columns={[
            t('indicatoren.bars.soort'),
            { label: t('indicatoren.bars.aantal'), numeric: true },
            { label: t('indicatoren.bars.aandeel'), numeric: true },
          ]}
        />
        <TableBody>
          {rows.map((row) => {
            const share: FigureValue =
              row.value === 'x' || total === 'x'
                ? 'x'
                : whole !== null && typeof row.value === 'number'
                  ? row.value / whole
                  : null;
            return (
              <TableRow key={row.key}>
                <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
                <TableCell numeric>
                  <Figure value={row.value} kind="count" />
                </TableCell>
                <TableCell numeric>
                  <span className="kk-bars__cell">
                    <span className="kk-bars__track" aria-hidden="true">
                      {typeof share === 'number' && share > 0 && (
                        <span
                          className="kk-bars__bar"
                          style={{ inlineSize: `${Math.max(share * 100, 0.5)}%` }}
                        />
                      )}
                    </span>
                    <span className="kk-bars__number">
                      <Figure value={share} kind="share" />
                    </span>
                  </span>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
