import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { classNames } from './classNames.js';

export interface TableProps {
  caption: ReactNode;
  children: ReactNode;
  /**
   * Wide tables scroll sideways on small screens. The scrolling box then needs to take focus
   * so that keyboard users can scroll it too, and a name so they know where they are.
   */
  scrollLabel?: string;
}

export function Table({ caption, children, scrollLabel }: TableProps) {
  const table = (
    <table className="utrecht-table utrecht-table--html-table">
      <caption className="utrecht-table__caption">{caption}</caption>
      {children}
    </table>
  );
  if (!scrollLabel) return table;
  return (
    <section
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      aria-label={scrollLabel}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      {table}
    </section>
  );
}

export function TableHeader({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export type Column = ReactNode | { label: ReactNode; numeric: true };

/** The header row of a table: one column header per entry, numbers aligned right. */
export function TableColumns({ columns }: { columns: readonly Column[] }) {
  return (
    <TableHeader>
      <TableRow>
        {columns.map((column, index) =>
          column !== null && typeof column === 'object' && 'numeric' in column ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
            <TableHeaderCell key={index} numeric>
              {column.label}
            </TableHeaderCell>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
            <TableHeaderCell key={index}>{column}</TableHeaderCell>
          ),
        )}
      </TableRow>
    </TableHeader>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function TableRow({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...rest} className={classNames('utrecht-table__row', className)} />;
}

export interface TableHeaderCellProps extends ThHTMLAttributes<HTMLTableCellElement> {
  numeric?: boolean;
}

export function TableHeaderCell({
  numeric = false,
  scope = 'col',
  className,
  ...rest
}: TableHeaderCellProps) {
  return (
    <th
      {...rest}
      scope={scope}
      className={classNames(
        'utrecht-table__header-cell',
        numeric && 'utrecht-table__header-cell--numeric-column',
        className,
      )}
    />
  );
}

export interface TableCellProps extends TdHTMLAttributes<HTMLTableCellElement> {
  numeric?: boolean;
}

export function TableCell({ numeric = false, className, ...rest }: TableCellProps) {
  return (
    <td
      {...rest}
      className={classNames(
        'utrecht-table__cell',
        numeric && 'utrecht-table__cell--numeric-data',
        className,
      )}
    />
  );
}
