import type { Sessie } from '../../../contracts/sessie.js';
import { rolesAllowed } from '../../../domain/permissions.js';

/**
 * A location's exact figures are for its own staff: a role that may read location figures, with
 * the location in the account's scope. The server stays the judge; this only decides whether to
 * offer the link.
 */
export function canSeeLocatieIndicatoren(sessie: Sessie | null | undefined, code: string): boolean {
  if (!sessie) return false;
  return (
    rolesAllowed('indicatoren.locatie-lezen').includes(sessie.gebruiker.rol) &&
    sessie.bereik.locatieCodes.includes(code)
  );
}
