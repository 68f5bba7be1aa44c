import type { AuditPagina, AuditQuery } from '../../../contracts/audit.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import type { AuditRepo } from './repo.js';

export type Outcome = 'gelukt' | 'geweigerd' | 'mislukt';

export interface AuditEvent {
  actor: Actor;
  /** Snapshot of who tried, for failed logins where there is no actor yet. */
  email?: string;
  actie: string;
  objectSoort?: string;
  objectId?: string;
  uitkomst: Outcome;
  details?: Record<string, unknown>;
  ip?: string;
}

/** Who did it, as the audit log and import batches record it. */
export function actorColumns(actor: Actor) {
  return {
    actorSoort:
      actor.kind === 'user'
        ? ('gebruiker' as const)
        : actor.kind === 'cli'
          ? ('cli' as const)
          : ('anoniem' as const),
    actorId: actor.kind === 'user' ? actor.userId : null,
    actorEmail: actor.kind === 'user' ? actor.email : null,
  };
}

export function createAuditService(repo: AuditRepo) {
  return {
    async record(event: AuditEvent): Promise<void> {
      const { actor } = event;
      const who = actorColumns(actor);
      await repo.insert({
        ...who,
        // A failed login has no actor yet: record the address that was tried.
        actorEmail: who.actorEmail ?? event.email ?? null,
        actie: event.actie,
        objectSoort: event.objectSoort ?? null,
        objectId: event.objectId ?? null,
        uitkomst: event.uitkomst,
        details: event.details ?? {},
        ip: event.ip ?? null,
      });
    },

    async page(actor: Actor, query: AuditQuery): Promise<AuditPagina> {
      authorize(actor, 'audit.lezen');
      const { pagina, paginaGrootte, ...filter } = query;
      const { rows, total } = await repo.page(filter, (pagina - 1) * paginaGrootte, paginaGrootte);
      return {
        items: rows.map((r) => ({ ...r, tijdstip: r.tijdstip.toISOString() })),
        pagina,
        paginaGrootte,
        totaal: total,
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
