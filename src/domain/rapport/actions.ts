/**
 * The improvement actions (verbeteracties) of a municipality's assessments, in the order a
 * council reads them: what is still open first, the nearest deadline first; then what is done,
 * the most recent deadline first.
 */

export type ActionStatus = 'open' | 'in_uitvoering' | 'afgerond';

export interface ActionItem {
  id: number;
  locatie: { code: string; naam: string };
  norm: { id: string; titel: string } | null;
  omschrijving: string;
  eigenaar: string;
  deadline: string;
  status: ActionStatus;
}

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'open',
  in_uitvoering: 'in uitvoering',
  afgerond: 'afgerond',
};

export const isOpen = (action: Pick<ActionItem, 'status'>) => action.status !== 'afgerond';

/** Open and in progress before done; open by nearest deadline, done by latest. */
export function sortActions<A extends ActionItem>(actions: readonly A[]): A[] {
  return [...actions].sort((a, b) => {
    if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
    const byDeadline = a.deadline.localeCompare(b.deadline) * (isOpen(a) ? 1 : -1);
    return byDeadline || a.locatie.naam.localeCompare(b.locatie.naam, 'nl') || a.id - b.id;
  });
}

/** Still open on `date` while its deadline has passed. */
export const isOverdue = (action: Pick<ActionItem, 'status' | 'deadline'>, date: string) =>
  isOpen(action) && action.deadline < date;

export function actionCounts(actions: readonly ActionItem[], date: string) {
  return {
    open: actions.filter(isOpen).length,
    overdue: actions.filter((a) => isOverdue(a, date)).length,
    done: actions.filter((a) => !isOpen(a)).length,
  };
}
