import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type {
  ActieWijziging,
  Beoordeling,
  BeoordelingLijst,
  BeoordelingSamenvatting,
  NieuweActie,
  NieuweBeoordeling,
  NormOordeel,
} from '../../../contracts/beoordelingen.js';
import type { Db } from '../../../db/client.js';
import {
  type AdoptRefusal,
  type AssessmentState,
  ATTACHMENT_KINDS,
  adoptRefusal,
  attachmentKind,
  attachmentProblem,
  outcomeCounts,
  safeFileName,
  scoredByAssessor,
  TOO_LARGE,
  type WriteRefusal,
  writeRefusal,
} from '../../../domain/framework/assessment.js';
import type { Outcome } from '../../../domain/framework/evaluate.js';
import { normsOf } from '../../../domain/framework/model.js';
import { type Actor, decide, scopeOf, type Target } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { invalid, notFound, ProblemError } from '../../problem.js';
import type { AuditService } from '../audit/service.js';
import type { ToetsingService } from '../toetsing/service.js';
import {
  type BeoordelingenRepo,
  type BeoordelingRow,
  createBeoordelingenRepo,
  type Writer,
} from './repo.js';

type Dto = z.infer<typeof Beoordeling>;
type Summary = z.infer<typeof BeoordelingSamenvatting>;
type Head = NonNullable<Awaited<ReturnType<BeoordelingenRepo['head']>>>;

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
/** "27-11-2026 om 23:40", in Dutch time. */
function moment(at: Date): string {
  const parts = Object.fromEntries(MOMENT.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year} om ${parts.hour}:${parts.minute}`;
}
const who = (email: string | null) => email ?? 'de beheerder via de opdrachtregel';

const stateOf = (b: BeoordelingRow): AssessmentState => ({
  status: b.status,
  revision: b.revisie,
  createdBy: b.aangemaaktDoorId,
  lastEditedBy: b.gewijzigdDoorId,
});

/** Each refusal of the workflow as a problem, in Dutch, naming who and when where it helps. */
function refusalProblem(refusal: WriteRefusal | AdoptRefusal, b: BeoordelingRow): ProblemError {
  switch (refusal.kind) {
    case 'adopted':
      return new ProblemError(
        409,
        'vastgesteld',
        'Beoordeling is vastgesteld',
        `Deze beoordeling is vastgesteld${b.vastgesteldOp ? ` door ${who(b.vastgesteldDoor)} op ${moment(b.vastgesteldOp)}` : ''} en daarom niet meer te wijzigen. Begin een nieuwe beoordeling voor een volgende periode.`,
      );
    case 'stale':
      return new ProblemError(
        409,
        'gewijzigd',
        'Intussen gewijzigd',
        `Deze beoordeling is intussen gewijzigd door ${who(b.gewijzigdDoor)} op ${moment(b.gewijzigdOp)} (nu revisie ${refusal.current}; uw wijziging bouwde voort op revisie ${refusal.basedOn}). Er is niets overschreven: laad de beoordeling opnieuw en breng uw wijziging opnieuw aan.`,
      );
    case 'no-person':
      return new ProblemError(
        403,
        'vier-ogen',
        'Vaststellen vraagt een tweede persoon',
        'Vaststellen doet een tweede persoon met een eigen account (vier ogen), niet de opdrachtregel.',
      );
    case 'creator':
      return new ProblemError(
        403,
        'vier-ogen',
        'Vaststellen vraagt een tweede persoon',
        'U hebt deze beoordeling aangemaakt. Vaststellen doet een tweede persoon (vier ogen): een collega die de beoordeling niet heeft aangemaakt en niet als laatste heeft gewijzigd.',
      );
    case 'last-editor':
      return new ProblemError(
        403,
        'vier-ogen',
        'Vaststellen vraagt een tweede persoon',
        'U hebt deze beoordeling als laatste gewijzigd. Vaststellen doet een tweede persoon (vier ogen): een collega die de beoordeling niet heeft aangemaakt en niet als laatste heeft gewijzigd.',
      );
    case 'unscored':
      return new ProblemError(
        409,
        'niet-compleet',
        'Nog niet alle normen beoordeeld',
        `Nog niet beoordeeld: ${refusal.norms.join(', ')}. Vaststellen kan zodra elke norm van de beoordelaar een uitkomst met onderbouwing heeft.`,
      );
  }
}

const unscoredOf = (norms: { soort: string; uitkomst: string | null; normId: string }[]) =>
  norms.filter((n) => n.soort === 'beoordelaar' && n.uitkomst === null).map((n) => n.normId);

function writerOf(actor: Actor, at: Date): Writer {
  return actor.kind === 'user'
    ? { id: actor.userId, email: actor.email, at }
    : { id: null, email: null, at };
}

function summaryOf(head: Head, outcomes: (string | null)[]): Summary {
  const b = head.beoordeling;
  return {
    id: b.id,
    locatie: { code: b.locatieCode, naam: head.locatieNaam, gemeenteCode: head.gemeenteCode },
    van: b.van,
    tot: b.tot,
    kaderVersie: b.kaderVersie,
    status: b.status,
    revisie: b.revisie,
    aangemaaktOp: b.aangemaaktOp.toISOString(),
    aangemaaktDoor: b.aangemaaktDoor,
    gewijzigdOp: b.gewijzigdOp.toISOString(),
    gewijzigdDoor: b.gewijzigdDoor,
    vastgesteldOp: b.vastgesteldOp?.toISOString() ?? null,
    vastgesteldDoor: b.vastgesteldDoor,
    telling: outcomeCounts(outcomes as (Outcome | null)[]),
  };
}

export interface BeoordelingenDeps {
  db: Db;
  toetsing: ToetsingService;
  auditFor: (db: Db) => AuditService;
  now: () => Date;
}

/**
 * Assessments of a location for a period: created with the automatic outcomes, scored by an
 * assessor where the data cannot judge, improved with actions, and adopted by a second person,
 * after which they are locked. Every write names the revision it was based on.
 */
export function createBeoordelingenService({ db, toetsing, auditFor, now }: BeoordelingenDeps) {
  const repo = createBeoordelingenRepo(db);
  const audit = auditFor(db);

  const target = (code: string, gemeenteCode: string): Target => ({
    kind: 'location',
    code,
    municipality: gemeenteCode,
  });

  /** The assessment, after checking the actor may take `action` on its location. */
  async function headFor(
    actor: Actor,
    action: 'beoordelingen.lezen' | 'beoordelingen.schrijven',
    id: number,
  ): Promise<Head> {
    authorize(actor, action);
    const place = await repo.locate(id);
    if (!place) throw notFound(`Er is geen beoordeling met nummer ${id}.`);
    authorize(actor, action, target(place.code, place.gemeenteCode));
    const head = await repo.head(id, scopeOf(actor));
    if (!head) throw notFound(`Er is geen beoordeling met nummer ${id}.`);
    return head;
  }

  async function evaluate(code: string, tot: string) {
    const { framework, evaluations } = await toetsing.locationForRecord(code, tot);
    const byNorm = new Map(evaluations.map((e) => [e.norm, e]));
    return { framework, byNorm };
  }

  async function detail(actor: Actor, head: Head): Promise<Dto> {
    const id = head.beoordeling.id;
    const [norms, attachments, actions] = await Promise.all([
      repo.norms(id),
      repo.attachments(id),
      repo.actions(id),
    ]);
    const b = head.beoordeling;
    const place = target(b.locatieCode, head.gemeenteCode);
    const mayWrite =
      b.status === 'concept' && decide(actor, 'beoordelingen.schrijven', place).allowed;
    const refusal = mayWrite
      ? adoptRefusal(
          stateOf(b),
          b.revisie,
          actor.kind === 'user' ? actor.userId : null,
          unscoredOf(norms),
        )
      : null;
    return {
      ...summaryOf(
        head,
        norms.map((n) => n.uitkomst),
      ),
      mijnRol: {
        magWijzigen: mayWrite,
        magVaststellen: mayWrite && refusal === null,
        waaromNiet: refusal ? refusalProblem(refusal, b).detail : null,
      },
      normen: norms.map((n) => ({
        norm: n.normId,
        thema: n.thema,
        titel: n.titel,
        soort: n.soort,
        vraag: n.vraag,
        automatischeUitkomst: n.automatischeUitkomst as Outcome,
        toelichting: n.toelichting,
        uitkomst: n.uitkomst as Outcome | null,
        onderbouwing: n.onderbouwing,
      })),
      bijlagen: attachments.map((a) => ({
        id: a.id,
        norm: a.normId,
        bestandsnaam: a.bestandsnaam,
        mediaType: a.mediaType as 'application/pdf' | 'image/jpeg' | 'image/png',
        grootte: a.grootte,
        sha256: a.sha256,
        toegevoegdOp: a.toegevoegdOp.toISOString(),
        toegevoegdDoor: a.toegevoegdDoor,
      })),
      acties: actions.map((a) => ({
        id: a.id,
        norm: a.normId,
        omschrijving: a.omschrijving,
        eigenaar: a.eigenaar,
        deadline: a.deadline,
        status: a.status,
      })),
    };
  }

  /**
   * One write to a concept assessment: refused with a clear message when it is adopted or the
   * writer's revision is stale; otherwise the revision is claimed, the change made and the
   * audit record written in one transaction.
   */
  async function write(
    actor: Actor,
    id: number,
    basedOn: number,
    actie: string,
    change: (tx: BeoordelingenRepo) => Promise<Record<string, unknown>>,
  ): Promise<Dto> {
    const head = await headFor(actor, 'beoordelingen.schrijven', id);
    const refusal = writeRefusal(stateOf(head.beoordeling), basedOn);
    if (refusal) throw refusalProblem(refusal, head.beoordeling);
    await db.transaction(async (tx) => {
      const txRepo = createBeoordelingenRepo(tx);
      const revisie = await txRepo.claim(id, basedOn, writerOf(actor, now()));
      if (revisie === null) await refuseLate(actor, id, basedOn);
      const details = await change(txRepo);
      await auditFor(tx).record({
        actor,
        actie,
        objectSoort: 'beoordeling',
        objectId: String(id),
        uitkomst: 'gelukt',
        details: { revisie, ...details },
      });
    });
    return detail(actor, (await repo.head(id, scopeOf(actor)))!);
  }

  /** Someone else wrote between our check and our claim: explain with what is stored now. */
  async function refuseLate(actor: Actor, id: number, basedOn: number): Promise<never> {
    const now = (await repo.head(id, scopeOf(actor)))!.beoordeling;
    const refusal = writeRefusal(stateOf(now), basedOn) ?? {
      kind: 'stale' as const,
      current: now.revisie,
      basedOn,
    };
    throw refusalProblem(refusal, now);
  }

  async function normOf(tx: BeoordelingenRepo, id: number, normId: string) {
    const norm = (await tx.norms(id)).find((n) => n.normId === normId);
    if (!norm) throw notFound(`Norm ${normId} hoort niet bij beoordeling ${id}.`);
    return norm;
  }

  return {
    /** The history of a location's assessments, with the counts per outcome (the trend). */
    async list(actor: Actor, code: string): Promise<z.infer<typeof BeoordelingLijst>> {
      authorize(actor, 'beoordelingen.lezen');
      const place = await repo.location(code);
      if (!place) throw notFound(`Er is geen locatie met code ${code}.`);
      authorize(actor, 'beoordelingen.lezen', target(code, place.gemeenteCode));
      const heads = await repo.list(code, scopeOf(actor));
      const outcomes = await repo.outcomes(heads.map((h) => h.beoordeling.id));
      return {
        items: heads.map((head) =>
          summaryOf(
            head,
            outcomes.filter((o) => o.beoordelingId === head.beoordeling.id).map((o) => o.uitkomst),
          ),
        ),
      };
    },

    async get(actor: Actor, id: number): Promise<Dto> {
      return detail(actor, await headFor(actor, 'beoordelingen.lezen', id));
    },

    /** A new concept, with the automatic outcomes at the period's end date filled in. */
    async create(
      actor: Actor,
      code: string,
      input: z.infer<typeof NieuweBeoordeling>,
    ): Promise<Dto> {
      authorize(actor, 'beoordelingen.schrijven');
      const place = await repo.location(code);
      if (!place) throw notFound(`Er is geen locatie met code ${code}.`);
      authorize(actor, 'beoordelingen.schrijven', target(code, place.gemeenteCode));
      const { framework, byNorm } = await evaluate(code, input.tot);
      const norms = normsOf(framework)
        .filter(({ norm }) => norm.level === 'location')
        .map(({ theme, norm }, volgorde) => {
          const evaluation = byNorm.get(norm.id)!;
          const assessor = scoredByAssessor(norm);
          return {
            normId: norm.id,
            thema: theme,
            volgorde,
            titel: norm.title,
            soort: assessor ? ('beoordelaar' as const) : ('automatisch' as const),
            vraag: 'assessment' in norm && norm.assessment ? norm.assessment : null,
            automatischeUitkomst: evaluation.outcome,
            toelichting: evaluation.explanation,
            uitkomst: assessor ? null : evaluation.outcome,
            onderbouwing: null,
          };
        });
      const id = await db.transaction(async (tx) => {
        const created = await createBeoordelingenRepo(tx).create(
          { locatieCode: code, van: input.van, tot: input.tot, kaderVersie: framework.version },
          norms,
          writerOf(actor, now()),
        );
        await auditFor(tx).record({
          actor,
          actie: 'beoordeling.aanmaken',
          objectSoort: 'beoordeling',
          objectId: String(created),
          uitkomst: 'gelukt',
          details: { locatie: code, van: input.van, tot: input.tot, kader: framework.version },
        });
        return created;
      });
      return detail(actor, (await repo.head(id, scopeOf(actor)))!);
    },

    /** A new period; a new end date fills in the automatic outcomes again. */
    async changePeriod(
      actor: Actor,
      id: number,
      input: { van?: string | undefined; tot?: string | undefined; revisie: number },
    ): Promise<Dto> {
      const head = await headFor(actor, 'beoordelingen.schrijven', id);
      const period = {
        van: input.van ?? head.beoordeling.van,
        tot: input.tot ?? head.beoordeling.tot,
      };
      if (period.van > period.tot) {
        throw invalid([{ path: 'body.tot', message: 'tot ligt vóór van' }]);
      }
      const evaluated =
        period.tot === head.beoordeling.tot
          ? null
          : await evaluate(head.beoordeling.locatieCode, period.tot);
      return write(actor, id, input.revisie, 'beoordeling.wijzigen', async (tx) => {
        await tx.setPeriod(id, period);
        if (evaluated) {
          await tx.setAutomatic(
            id,
            [...evaluated.byNorm.values()].map((e) => ({
              normId: e.norm,
              uitkomst: e.outcome,
              toelichting: e.explanation,
            })),
          );
        }
        return { van: period.van, tot: period.tot };
      });
    },

    /** An assessor's outcome for one norm, with the evidence it rests on. */
    async score(
      actor: Actor,
      id: number,
      normId: string,
      input: z.infer<typeof NormOordeel>,
    ): Promise<Dto> {
      return write(actor, id, input.revisie, 'beoordeling.norm-beoordelen', async (tx) => {
        const norm = await normOf(tx, id, normId);
        if (norm.soort !== 'beoordelaar') {
          throw invalid(
            [{ path: 'params.normId', message: `${normId} wordt automatisch getoetst` }],
            `Norm ${normId} volgt uit de gegevens; alleen normen van de beoordelaar krijgen een oordeel.`,
          );
        }
        await tx.score(id, normId, input.uitkomst, input.onderbouwing);
        return { norm: normId, uitkomst: input.uitkomst, vorige: norm.uitkomst };
      });
    },

    /**
     * Evidence for a norm. The file's first bytes decide what it is; anything but PDF, JPEG
     * or PNG, or over 10 MB (`bytes` null: the rest was not even read), is refused and nothing
     * is stored. Refusals are audited too.
     */
    async attach(
      actor: Actor,
      id: number,
      input: { norm: string; bestandsnaam: string; revisie: number; bytes: Uint8Array | null },
    ): Promise<Dto> {
      const { bytes } = input;
      const problem = bytes === null ? TOO_LARGE : attachmentProblem(bytes);
      const kind = bytes && attachmentKind(bytes);
      if (problem || !bytes || !kind) {
        await headFor(actor, 'beoordelingen.schrijven', id);
        await audit.record({
          actor,
          actie: 'beoordeling.bijlage-toevoegen',
          objectSoort: 'beoordeling',
          objectId: String(id),
          uitkomst: 'mislukt',
          details: { norm: input.norm, bestandsnaam: input.bestandsnaam, reden: problem },
        });
        throw problem === TOO_LARGE
          ? new ProblemError(413, 'te-groot', 'Bestand te groot', TOO_LARGE)
          : invalid([{ path: 'body', message: problem! }], problem!);
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const bestandsnaam = safeFileName(input.bestandsnaam, kind);
      return write(actor, id, input.revisie, 'beoordeling.bijlage-toevoegen', async (tx) => {
        await normOf(tx, id, input.norm);
        const writer = writerOf(actor, now());
        const bijlage = await tx.addAttachment({
          beoordelingId: id,
          normId: input.norm,
          bestandsnaam,
          mediaType: ATTACHMENT_KINDS[kind].mediaType,
          grootte: bytes.length,
          sha256,
          inhoud: bytes,
          toegevoegdOp: writer.at,
          toegevoegdDoor: writer.email,
        });
        return { bijlage, norm: input.norm, bestandsnaam, grootte: bytes.length, sha256 };
      });
    },

    /** An attachment's bytes, for download; every download is audited. */
    async download(actor: Actor, id: number, attachmentId: number) {
      await headFor(actor, 'beoordelingen.lezen', id);
      const found = await repo.attachment(id, attachmentId);
      if (!found) throw notFound(`Beoordeling ${id} heeft geen bijlage ${attachmentId}.`);
      await audit.record({
        actor,
        actie: 'beoordeling.bijlage-downloaden',
        objectSoort: 'beoordeling',
        objectId: String(id),
        uitkomst: 'gelukt',
        details: { bijlage: attachmentId, bestandsnaam: found.bestandsnaam, sha256: found.sha256 },
      });
      return {
        bytes: Buffer.from(found.inhoud),
        mediaType: found.mediaType,
        bestandsnaam: found.bestandsnaam,
      };
    },

    async addAction(actor: Actor, id: number, input: z.infer<typeof NieuweActie>): Promise<Dto> {
      return write(actor, id, input.revisie, 'beoordeling.actie-toevoegen', async (tx) => {
        if (input.norm) await normOf(tx, id, input.norm);
        const actie = await tx.addAction({
          beoordelingId: id,
          normId: input.norm ?? null,
          omschrijving: input.omschrijving,
          eigenaar: input.eigenaar,
          deadline: input.deadline,
          status: input.status,
        });
        return { actie, norm: input.norm ?? null, status: input.status };
      });
    },

    async changeAction(
      actor: Actor,
      id: number,
      actionId: number,
      input: z.infer<typeof ActieWijziging>,
    ): Promise<Dto> {
      return write(actor, id, input.revisie, 'beoordeling.actie-wijzigen', async (tx) => {
        const before = await tx.action(id, actionId);
        if (!before) throw notFound(`Beoordeling ${id} heeft geen verbeteractie ${actionId}.`);
        const { revisie: _, ...values } = input;
        const changed = Object.fromEntries(
          Object.entries(values).filter(([, value]) => value !== undefined),
        ) as Partial<typeof before>;
        await tx.updateAction(actionId, changed);
        return { actie: actionId, wijzigingen: changed, vorigeStatus: before.status };
      });
    },

    /** Adopts the assessment: by a second person, once every assessor norm is scored; then locked. */
    async adopt(actor: Actor, id: number, basedOn: number): Promise<Dto> {
      const head = await headFor(actor, 'beoordelingen.schrijven', id);
      const b = head.beoordeling;
      const refusal = adoptRefusal(
        stateOf(b),
        basedOn,
        actor.kind === 'user' ? actor.userId : null,
        unscoredOf(await repo.norms(id)),
      );
      if (refusal) {
        if (refusal.kind !== 'stale' && refusal.kind !== 'adopted') {
          await audit.record({
            actor,
            actie: 'beoordeling.vaststellen',
            objectSoort: 'beoordeling',
            objectId: String(id),
            uitkomst: 'geweigerd',
            details: { reden: refusal.kind },
          });
        }
        throw refusalProblem(refusal, b);
      }
      await db.transaction(async (tx) => {
        const revisie = await createBeoordelingenRepo(tx).claim(
          id,
          basedOn,
          writerOf(actor, now()),
          true,
        );
        if (revisie === null) await refuseLate(actor, id, basedOn);
        await auditFor(tx).record({
          actor,
          actie: 'beoordeling.vaststellen',
          objectSoort: 'beoordeling',
          objectId: String(id),
          uitkomst: 'gelukt',
          details: { revisie, locatie: b.locatieCode, van: b.van, tot: b.tot },
        });
      });
      return detail(actor, (await repo.head(id, scopeOf(actor)))!);
    },
  };
}

export type BeoordelingenService = ReturnType<typeof createBeoordelingenService>;
