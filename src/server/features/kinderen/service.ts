import type { Kind } from '../../../contracts/kinderen.js';
import { ageOn } from '../../../domain/dates.js';
import { periodOn } from '../../../domain/import/locaties.js';
import { type EventType, unaccompaniedAt } from '../../../domain/journey.js';
import { type Actor, decide } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { notFound } from '../../problem.js';
import type { Pseudonymiser } from '../../pseudonym.js';
import type { AuditService } from '../audit/service.js';
import type { LocatiesRepo } from '../locaties/repo.js';
import type { KinderenRepo } from './repo.js';

type EventRecord = Awaited<ReturnType<KinderenRepo['eventsOf']>>[number];

const amvOf = (events: EventRecord[], t: string) =>
  unaccompaniedAt(
    events.map((e) => ({
      date: e.datum,
      type: e.gebeurtenis as EventType,
      unaccompanied: e.amv,
      order: e.id,
      ignored: e.genegeerd,
    })),
    t,
  );

/**
 * Child-level rows: only for locatie staff of the child's current location, and every read is
 * written to the audit log.
 */
export function createKinderenService(
  repo: KinderenRepo,
  locaties: LocatiesRepo,
  audit: AuditService,
  pseudonymise: Pseudonymiser,
  /** The reference date for ages and status: the demo peildatum in demo mode, else today. */
  peildatum: () => Promise<string>,
) {
  const NOT_VISIBLE =
    'Er is geen kind met dit pseudoniem op de locaties waarvoor uw account geldt.';

  async function visibleStay(actor: Actor, kind: string) {
    authorize(actor, 'kinderen.lezen');
    const stay = await repo.openStay(kind);
    const target = stay && {
      kind: 'location' as const,
      code: stay.locatie,
      municipality: stay.gemeenteCode,
    };
    // Out of scope reads as "not found": the answer must not reveal where a child is.
    return target && decide(actor, 'kinderen.lezen', target).allowed ? stay : null;
  }

  return {
    async list(actor: Actor) {
      authorize(actor, 'kinderen.lezen');
      const codes = actor.kind === 'user' ? actor.locations : [];
      const today = await peildatum();
      const rows = await repo.childrenAt(codes);
      const events = new Map<string, EventRecord[]>();
      for (const e of await repo.eventsOf(rows.map((r) => r.kind))) {
        events.set(e.kind, [...(events.get(e.kind) ?? []), e]);
      }
      await audit.record({
        actor,
        actie: 'kinderen.lijst',
        objectSoort: 'locatie',
        objectId: codes.join(','),
        uitkomst: 'gelukt',
        details: { aantal: rows.length },
      });
      return {
        peildatum: today,
        items: rows.map((r) => ({
          pseudoniem: r.kind,
          geboortemaand: r.geboortemaand,
          leeftijd: ageOn(r.geboortemaand, today),
          amv: amvOf(events.get(r.kind) ?? [], today),
          locatie: r.locatie,
          sinds: r.begin,
        })),
      };
    },

    async get(actor: Actor, kind: string): Promise<Kind> {
      const stay = await visibleStay(actor, kind);
      if (!stay) {
        await audit.record({
          actor,
          actie: 'kind.bekijken',
          objectSoort: 'kind',
          objectId: kind,
          uitkomst: 'geweigerd',
        });
        throw notFound(NOT_VISIBLE);
      }
      const child = (await repo.child(kind))!;
      const [events, stays] = await Promise.all([repo.eventsOf([kind]), repo.staysOf(kind)]);
      const periods = await locaties.periods([...new Set(stays.map((s) => s.locatie))]);
      const today = await peildatum();
      await audit.record({
        actor,
        actie: 'kind.bekijken',
        objectSoort: 'kind',
        objectId: kind,
        uitkomst: 'gelukt',
      });
      return {
        pseudoniem: kind,
        geboortemaand: child.geboortemaand,
        leeftijd: ageOn(child.geboortemaand, today),
        amv: amvOf(events, today),
        huidigeLocatie: stay.locatie,
        verblijven: stays.map((s) => ({
          locatie: s.locatie,
          locatieNaam: s.naam,
          type: periodOn(
            periods.get(s.locatie) ?? [{ vanaf: null, type: 'azc', subtype: null }],
            s.begin,
          ).type,
          begin: s.begin,
          eind: s.eind,
        })),
        gebeurtenissen: events.map((e) => ({
          datum: e.datum,
          gebeurtenis: e.gebeurtenis,
          locatie: e.locatie,
          soort: e.soort,
          genegeerd: e.genegeerd,
        })),
      };
    },

    /** Finds a child by the source system's id: hashed here, never stored or logged. */
    async findBySourceId(actor: Actor, sourceId: string): Promise<{ pseudoniem: string }> {
      const kind = pseudonymise(sourceId.trim());
      const stay = await visibleStay(actor, kind);
      await audit.record({
        actor,
        actie: 'kind.zoeken',
        objectSoort: 'kind',
        ...(stay ? { objectId: kind } : {}),
        uitkomst: stay ? 'gelukt' : 'geweigerd',
      });
      if (!stay)
        throw notFound('Er is geen kind met deze id op de locaties waarvoor uw account geldt.');
      return { pseudoniem: kind };
    },
  };
}

export type KinderenService = ReturnType<typeof createKinderenService>;
