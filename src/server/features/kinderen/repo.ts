import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../../db/client.js';
import {
  gebeurtenissen,
  importBatches,
  kinderen,
  locaties,
  verblijven,
} from '../../../db/schema.js';
import type { Stay } from '../../../domain/journey.js';

/** A parsed, pseudonymised event row waiting in the import's staging table. */
export interface StagedEvent {
  rij: number;
  kind: string;
  geboortemaand: string;
  amv: boolean;
  gezin: string | null;
  gebeurtenis: string;
  datum: string;
  locatie: string | null;
  soort: string | null;
  /** Takes part in the sequence rules (no field errors, or only an unknown location). */
  deelname: boolean;
  /** Has a field error: never written. */
  fout: boolean;
}

export interface StoredEvent {
  id: number;
  batchId: number;
  rij: number;
  bestandsnaam: string;
  kind: string;
  gebeurtenis: string;
  datum: string;
  locatie: string | null;
}

const identity = (alias: string) =>
  sql.raw(
    `${alias}.kind, ${alias}.gebeurtenis, ${alias}.datum, coalesce(${alias}.locatie, ''), coalesce(${alias}.soort, '')`,
  );

export function createKinderenRepo(db: Db) {
  return {
    /** A staging table that lives only as long as the import's transaction. */
    async createStaging(): Promise<void> {
      // Sorting a million staged rows (repeats, per-child pages) wants memory, not temp files.
      await db.execute(sql`set local work_mem = '64MB'`);
      await db.execute(sql`set local maintenance_work_mem = '128MB'`);
      // No key while filling: `rij` is unique by construction, and the index comes afterwards.
      await db.execute(sql`
        create temp table import_gebeurtenissen (
          rij integer not null, kind text not null, geboortemaand text not null, amv boolean not null,
          gezin text, gebeurtenis text not null, datum date not null, locatie text, soort text,
          deelname boolean not null, fout boolean not null,
          dubbel boolean not null default false, overslaan boolean not null default false,
          genegeerd boolean not null default false
        ) on commit drop`);
    },

    async stage(rows: readonly StagedEvent[]): Promise<void> {
      if (!rows.length) return;
      // One array per column: eleven parameters however many rows, fast on PGlite and pg alike.
      const column = <K extends keyof StagedEvent>(key: K) => sql.param(rows.map((r) => r[key]));
      await db.execute(sql`
        insert into import_gebeurtenissen
          (rij, kind, geboortemaand, amv, gezin, gebeurtenis, datum, locatie, soort, deelname, fout)
        select * from unnest(
          ${column('rij')}::int[], ${column('kind')}::text[], ${column('geboortemaand')}::text[],
          ${column('amv')}::boolean[], ${column('gezin')}::text[], ${column('gebeurtenis')}::text[],
          ${column('datum')}::date[], ${column('locatie')}::text[], ${column('soort')}::text[],
          ${column('deelname')}::boolean[], ${column('fout')}::boolean[])`);
    },

    /** Once all rows are staged: the per-child pages below read by child, so index by child. */
    async indexStaging(): Promise<void> {
      await db.execute(sql`create index on import_gebeurtenissen (kind, rij)`);
      await db.execute(sql`create unique index on import_gebeurtenissen (rij)`);
      await db.execute(sql`analyze import_gebeurtenissen`);
    },

    /** Rows repeating an earlier row of the file: same values (`same`) or not. */
    async duplicatesInFile(): Promise<{ rij: number; eerste: number; same: boolean }[]> {
      const result = await db.execute(sql`
        select rij, eerste, same from (
          select rij, first_value(rij) over w as eerste,
            (geboortemaand = first_value(geboortemaand) over w and amv = first_value(amv) over w
             and gezin is not distinct from first_value(gezin) over w) as same
          from import_gebeurtenissen where not fout
          window w as (partition by kind, gebeurtenis, datum, coalesce(locatie, ''), coalesce(soort, '') order by rij)
        ) t where rij <> eerste`);
      return rowsOf(result);
    },

    /** Rows whose identity is already stored: same values or not, with the stored row's origin. */
    async duplicatesStored(): Promise<
      { rij: number; same: boolean; batch: number; bestand: string; storedRij: number }[]
    > {
      const result = await db.execute(sql`
        select s.rij, g.batch_id as batch, b.bestandsnaam as bestand, g.rij as "storedRij",
          (s.geboortemaand = g.geboortemaand and s.amv = g.amv and s.gezin is not distinct from g.gezin) as same
        from import_gebeurtenissen s
        join gebeurtenissen g on (${identity('g')}) = (${identity('s')})
        join import_batches b on b.id = g.batch_id
        where not s.fout`);
      return rowsOf(result);
    },

    async markDuplicates(rijen: number[]): Promise<void> {
      for (const chunk of chunks(rijen, 5000)) {
        await db.execute(
          sql`update import_gebeurtenissen set dubbel = true where rij in ${sql`(${sql.join(chunk, sql`, `)})`}`,
        );
      }
    },

    /** A birth month differing from the child's stored one, or from its first row in the file. */
    async birthMonthConflicts(): Promise<{ rij: number; expected: string }[]> {
      const result = await db.execute(sql`
        select rij, expected from (
          select s.rij, s.geboortemaand,
            coalesce(k.geboortemaand, first_value(s.geboortemaand) over (partition by s.kind order by s.rij)) as expected
          from import_gebeurtenissen s left join kinderen k on k.pseudoniem = s.kind
          where not s.fout
        ) t where geboortemaand <> expected`);
      return rowsOf(result);
    },

    /** The children of the file, in pages, for the sequence checks. */
    async stagedChildren(after: string, limit: number): Promise<string[]> {
      const result = await db.execute(sql`
        select distinct kind from import_gebeurtenissen where kind > ${after} order by kind limit ${limit}`);
      return rowsOf<{ kind: string }>(result).map((r) => r.kind);
    },

    async stagedEventsOf(children: string[]) {
      const result = await db.execute(sql`
        select rij, kind, gebeurtenis, datum::text as datum, locatie, deelname, fout, dubbel
        from import_gebeurtenissen where kind in ${sql`(${sql.join(children, sql`, `)})`} order by kind, rij`);
      return rowsOf<{
        rij: number;
        kind: string;
        gebeurtenis: string;
        datum: string;
        locatie: string | null;
        deelname: boolean;
        fout: boolean;
        dubbel: boolean;
      }>(result);
    },

    async storedEventsOf(
      children: string[],
      exceptBatch: number | null = null,
    ): Promise<StoredEvent[]> {
      if (!children.length) return [];
      const found = await db
        .select({
          id: gebeurtenissen.id,
          batchId: gebeurtenissen.batchId,
          rij: gebeurtenissen.rij,
          bestandsnaam: importBatches.bestandsnaam,
          kind: gebeurtenissen.kind,
          gebeurtenis: gebeurtenissen.gebeurtenis,
          datum: gebeurtenissen.datum,
          locatie: gebeurtenissen.locatie,
        })
        .from(gebeurtenissen)
        .innerJoin(importBatches, eq(importBatches.id, gebeurtenissen.batchId))
        .where(
          exceptBatch === null
            ? inArray(gebeurtenissen.kind, children)
            : and(
                inArray(gebeurtenissen.kind, children),
                sql`${gebeurtenissen.batchId} <> ${exceptBatch}`,
              ),
        )
        .orderBy(asc(gebeurtenissen.kind), asc(gebeurtenissen.id));
      return found;
    },

    async markSkipped(column: 'overslaan' | 'genegeerd' | 'fout', rijen: number[]): Promise<void> {
      for (const chunk of chunks(rijen, 5000)) {
        await db.execute(
          sql`update import_gebeurtenissen set ${sql.raw(column)} = true where rij in ${sql`(${sql.join(chunk, sql`, `)})`}`,
        );
      }
    },

    async skipChildren(children: string[]): Promise<number> {
      let skipped = 0;
      for (const chunk of chunks(children, 5000)) {
        const result = await db.execute(sql`
          update import_gebeurtenissen set overslaan = true where kind in ${sql`(${sql.join(chunk, sql`, `)})`} and not fout returning rij`);
        skipped += rowsOf(result).length;
      }
      return skipped;
    },

    /** Moves the valid, new rows into the event log, in file order. Returns their number. */
    async commitStaged(batchId: number): Promise<number> {
      await db.execute(sql`
        insert into kinderen (pseudoniem, geboortemaand)
        select distinct on (kind) kind, geboortemaand from import_gebeurtenissen
        where not fout and not overslaan and not dubbel order by kind, rij
        on conflict (pseudoniem) do nothing`);
      const result = await db.execute(sql`
        insert into gebeurtenissen (batch_id, rij, kind, geboortemaand, amv, gezin, gebeurtenis, datum, locatie, soort, genegeerd)
        select ${batchId}, rij, kind, geboortemaand, amv, gezin, gebeurtenis, datum, locatie, soort, genegeerd
        from import_gebeurtenissen where not fout and not overslaan and not dubbel order by rij
        returning id`);
      return rowsOf(result).length;
    },

    async replaceStays(children: string[], stays: { kind: string; stay: Stay }[]): Promise<void> {
      if (!children.length) return;
      await db.delete(verblijven).where(inArray(verblijven.kind, children));
      for (const chunk of chunks(stays, 10_000)) {
        const column = (pick: (s: { kind: string; stay: Stay }) => string | null) =>
          sql.param(chunk.map(pick));
        await db.execute(sql`
          insert into verblijven (kind, locatie, begin, eind)
          select * from unnest(${column((s) => s.kind)}::text[], ${column((s) => s.stay.location)}::text[],
            ${column((s) => s.stay.start)}::date[], ${column((s) => s.stay.end)}::date[])`);
      }
    },

    async locationStatuses() {
      return db
        .select({
          code: locaties.code,
          gemeenteCode: locaties.gemeenteCode,
          status: locaties.status,
          openSinds: locaties.openSinds,
          openTot: locaties.openTot,
        })
        .from(locaties);
    },

    async childrenOfBatch(batchId: number, after: string, limit: number): Promise<string[]> {
      const found = await db
        .selectDistinct({ kind: gebeurtenissen.kind })
        .from(gebeurtenissen)
        .where(and(eq(gebeurtenissen.batchId, batchId), gt(gebeurtenissen.kind, after)))
        .orderBy(asc(gebeurtenissen.kind))
        .limit(limit);
      return found.map((r) => r.kind);
    },

    async deleteBatch(batchId: number): Promise<void> {
      await db.delete(gebeurtenissen).where(eq(gebeurtenissen.batchId, batchId));
      // Children left without any event are forgotten entirely.
      await db.execute(
        sql`delete from kinderen k where not exists (select 1 from gebeurtenissen g where g.kind = k.pseudoniem)`,
      );
    },

    /** The child's open stay, if it is in reception now. */
    async openStay(kind: string) {
      const [row] = await db
        .select({
          locatie: verblijven.locatie,
          begin: verblijven.begin,
          gemeenteCode: locaties.gemeenteCode,
        })
        .from(verblijven)
        .innerJoin(locaties, eq(locaties.code, verblijven.locatie))
        .where(and(eq(verblijven.kind, kind), isNull(verblijven.eind)));
      return row ?? null;
    },

    async child(kind: string) {
      const [row] = await db.select().from(kinderen).where(eq(kinderen.pseudoniem, kind));
      return row ?? null;
    },

    /** Children whose open stay is at one of these locations (scope applied here, in SQL). */
    async childrenAt(codes: readonly string[]) {
      if (!codes.length) return [];
      return db
        .select({
          kind: verblijven.kind,
          locatie: verblijven.locatie,
          begin: verblijven.begin,
          geboortemaand: kinderen.geboortemaand,
        })
        .from(verblijven)
        .innerJoin(kinderen, eq(kinderen.pseudoniem, verblijven.kind))
        .where(and(inArray(verblijven.locatie, [...codes]), isNull(verblijven.eind)))
        .orderBy(asc(verblijven.locatie), asc(verblijven.begin), asc(verblijven.kind));
    },

    async eventsOf(children: readonly string[]) {
      if (!children.length) return [];
      return db
        .select()
        .from(gebeurtenissen)
        .where(inArray(gebeurtenissen.kind, [...children]))
        .orderBy(asc(gebeurtenissen.kind), asc(gebeurtenissen.datum), asc(gebeurtenissen.id));
    },

    async staysOf(kind: string) {
      return db
        .select({
          locatie: verblijven.locatie,
          naam: locaties.naam,
          begin: verblijven.begin,
          eind: verblijven.eind,
        })
        .from(verblijven)
        .innerJoin(locaties, eq(locaties.code, verblijven.locatie))
        .where(eq(verblijven.kind, kind))
        .orderBy(asc(verblijven.begin));
    },

    /** Batches with events at these locations: a location rollback must not strand them. */
    async batchesAtLocations(codes: string[]): Promise<number[]> {
      if (!codes.length) return [];
      const found = await db
        .selectDistinct({ batchId: gebeurtenissen.batchId })
        .from(gebeurtenissen)
        .where(inArray(gebeurtenissen.locatie, codes));
      return found.map((r) => r.batchId);
    },
  };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export type KinderenRepo = ReturnType<typeof createKinderenRepo>;
