import { type Action, type Actor, decide, type Target } from '../domain/permissions.js';
import { forbidden, notAuthenticated } from './problem.js';

/** The first line of every service method: throws a 401 or 403 problem when not allowed. */
export function authorize(actor: Actor, action: Action, target?: Target): void {
  const decision = decide(actor, action, target);
  if (decision.allowed) return;
  if (decision.reason === 'not-authenticated') throw notAuthenticated();
  if (decision.reason === 'out-of-scope') {
    throw forbidden('Dit valt buiten de gemeente of locaties waarvoor uw account geldt.');
  }
  throw forbidden();
}
