import '../../styles/beoordeling.css';
import { UITKOMSTEN, type Uitkomst } from '../../../contracts/beoordelingen.js';

/**
 * The outcomes of one assessment as one stacked bar, for the eye: the table beside it has the
 * numbers, so screen readers skip the bar.
 */
export function TrendBar({ telling }: { telling: Record<Uitkomst, number> }) {
  const total = UITKOMSTEN.reduce((sum, u) => sum + telling[u], 0);
  if (!total) return null;
  return (
    <span className="kk-trend-bar" aria-hidden="true">
      {UITKOMSTEN.filter((u) => telling[u] > 0).map((u) => (
        <span
          key={u}
          className={`kk-trend-bar__part kk-uitkomst--${u}`}
          style={{ width: `${(100 * telling[u]) / total}%` }}
        />
      ))}
    </span>
  );
}
