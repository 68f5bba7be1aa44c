import { type Action, type Actor, decide, type Target } from '../domain/permissions.js';
import { forbidden, notAuthenticated, ProblemError } from './problem.js';

/** A visitor without a login, while the beheerder has closed the public view of the figures. */
export const publicViewOff = () =>
  new ProblemError(
    401,
    'openbare-weergave-uit',
    'Niet ingelogd',
    'De openbare weergave staat uit. Log in om de cijfers te zien.',
  );

/** The first line of every service method: throws a 401 or 403 problem when not allowed. */
export function authorize(actor: Actor, action: Action, target?: Target): void {
  const decision = decide(actor, action, target);
  if (decision.allowed) return;
  if (decision.reason === 'not-authenticated') throw notAuthenticated();
  if (decision.reason === 'public-view-off') throw publicViewOff();
  if (decision.reason === 'out-of-scope') {
    throw forbidden('Dit valt buiten de gemeente of locaties waarvoor uw account geldt.');
  }
  throw forbidden();
}
