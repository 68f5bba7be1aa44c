import { useTranslation } from 'react-i18next';
import type { Locatietoetsing } from '../../toetsing.js';
import { useNormText } from '../kader/useNormText.js';
import {
  Heading,
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeaderCell,
  TableRow,
} from '../nlds/index.js';
import { UitkomstLabel, useText } from './Uitkomst.js';

interface NormUitkomstenProps {
  toetsing: Locatietoetsing;
  /** The heading level of each theme: 2 on the scorecard's own page, 3 inside a section. */
  headingLevel: 2 | 3;
  /** Norm and outcome only; the explanation, threshold and source are on the scorecard page. */
  compact?: boolean;
}

/** A location's outcomes per theme of its framework: one table per theme, one row per norm. */
export function NormUitkomsten({ toetsing, headingLevel, compact = false }: NormUitkomstenProps) {
  const { t } = useTranslation();
  const text = useText();
  const normText = useNormText();
  const byId = new Map(toetsing.kader.normen.map((n) => [n.norm.id, n]));
  const columns = compact
    ? [t('toetsing.locatie.norm'), t('toetsing.locatie.uitkomst')]
    : [
        t('toetsing.locatie.norm'),
        t('toetsing.locatie.uitkomst'),
        t('toetsing.locatie.toelichting'),
        t('toetsing.locatie.drempel'),
        t('toetsing.locatie.bron'),
      ];
  return (
    <>
      {toetsing.kader.themas.map((thema) => {
        const uitkomsten = toetsing.uitkomsten.filter((u) => byId.get(u.norm)?.thema === thema.id);
        if (!uitkomsten.length) return null;
        const headingId = `thema-${thema.id}`;
        return (
          <section key={thema.id} aria-labelledby={headingId}>
            <Heading level={headingLevel} id={headingId}>
              {t('toetsing.locatie.thema', { id: thema.id, titel: text(thema.title) })}
            </Heading>
            <Table
              caption={t('toetsing.locatie.themaCaption', { id: thema.id })}
              scrollLabel={
                compact ? undefined : t('toetsing.locatie.themaCaption', { id: thema.id })
              }
            >
              <TableColumns columns={columns} />
              <TableBody>
                {uitkomsten.map((u) => {
                  const entry = byId.get(u.norm)!;
                  return (
                    <TableRow key={u.norm}>
                      <TableHeaderCell scope="row" className="kk-row-header">
                        {u.norm} {text(entry.norm.title)}
                        {entry.herkomst !== 'baseline' && (
                          <span className="kk-herkomst">
                            {' '}
                            ({t(`toetsing.locatie.herkomst.${entry.herkomst}`)})
                          </span>
                        )}
                      </TableHeaderCell>
                      <TableCell>
                        <UitkomstLabel uitkomst={u.uitkomst} />
                      </TableCell>
                      {!compact && (
                        <>
                          <TableCell>
                            {text(u.toelichting)}
                            {u.verandering && (
                              <span className="kk-verandering">
                                {t('toetsing.veranderen', { tekst: text(u.verandering) })}
                              </span>
                            )}
                          </TableCell>
                          <TableCell>{normText.rule(entry.norm)}</TableCell>
                          <TableCell>{normText.source(entry.norm)}</TableCell>
                        </>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </section>
        );
      })}
    </>
  );
}
