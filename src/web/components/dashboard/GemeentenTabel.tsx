import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GemeentenOverzicht } from '../../../contracts/dashboard.js';
import type { HeadlineKey } from '../../../domain/indicators/headline.js';
import { CheckboxField } from '../CheckboxField.js';
import { Figure } from '../indicatoren/Figure.js';
import {
  FormField,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '../nlds/index.js';
import { HEADLINE_KEYS, HEADLINE_KIND } from './kerncijfers.js';

type Item = GemeentenOverzicht['items'][number];
type SortKey = 'naam' | 'provincie' | HeadlineKey;
interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Numbers in order; "x", "niet bereikt" and "." after every number, whichever way. */
function compare(a: Item, b: Item, sort: Sort): number {
  if (sort.key === 'naam' || sort.key === 'provincie') {
    const order = a[sort.key].localeCompare(b[sort.key], 'nl');
    return sort.descending ? -order : order;
  }
  const x = a.kerncijfers[sort.key];
  const y = b.kerncijfers[sort.key];
  const xn = typeof x === 'number';
  const yn = typeof y === 'number';
  if (xn && yn) return sort.descending ? y - x : x - y;
  if (xn !== yn) return xn ? -1 : 1;
  return a.naam.localeCompare(b.naam, 'nl');
}

/**
 * Every municipality with its headline figures: sortable by any column (a button in the column
 * header, with `aria-sort`), searchable by name, each name a link to its dashboard.
 */
export function GemeentenTabel({
  overzicht,
  caption,
}: {
  overzicht: GemeentenOverzicht;
  caption: string;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>({ key: 'kinderen', descending: true });
  const [zoek, setZoek] = useState('');
  const [alle, setAlle] = useState(false);
  const term = zoek.trim().toLocaleLowerCase('nl');
  const items = overzicht.items
    // "x" stays: a suppressed count may be 1–4 children, never none.
    .filter((item) => alle || item.kerncijfers.kinderen !== 0)
    .filter((item) => !term || item.naam.toLocaleLowerCase('nl').includes(term))
    .sort((a, b) => compare(a, b, sort));

  function header(key: SortKey, label: string, numeric = false) {
    const active = sort.key === key;
    return (
      <TableHeaderCell
        key={key}
        numeric={numeric}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="kk-sort"
          onClick={() =>
            setSort({
              key,
              descending: active ? !sort.descending : numeric,
            })
          }
        >
          {label}
          <span aria-hidden="true" className="kk-sort__sign">
            {active ? (sort.descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </TableHeaderCell>
    );
  }

  return (
    <>
      <div className="kk-filters">
        <FormField label={t('dashboard.gemeenten.zoek')}>
          {({ invalid, ...control }) => (
            <Textbox
              {...control}
              invalid={invalid}
              type="search"
              value={zoek}
              onChange={(event) => setZoek(event.target.value)}
            />
          )}
        </FormField>
        <CheckboxField
          id="gemeenten-alle"
          name="alle"
          label={t('dashboard.gemeenten.alle')}
          checked={alle}
          onChange={setAlle}
        />
      </div>
      <p className="kk-visually-hidden" aria-live="polite">
        {t('dashboard.gemeenten.aantal', { count: items.length })}
      </p>
      <Table caption={caption} scrollLabel={caption}>
        <TableHeader>
          <TableRow>
            {header('naam', t('dashboard.gemeenten.naam'))}
            {header('provincie', t('dashboard.gemeenten.provincie'))}
            {HEADLINE_KEYS.map((key) => header(key, t(`dashboard.kerncijfers.${key}.kort`), true))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.code}>
              <TableHeaderCell scope="row">
                <Link to={`/dashboard/gemeenten/${item.code}`}>{item.naam}</Link>
              </TableHeaderCell>
              <TableCell>{item.provincie}</TableCell>
              {HEADLINE_KEYS.map((key) => (
                <TableCell key={key} numeric>
                  <Figure value={item.kerncijfers[key]} kind={HEADLINE_KIND[key]} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
