import { and, count, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { auditLog } from '../../../db/schema.js';

export type AuditInsert = typeof auditLog.$inferInsert;

export interface AuditFilter {
  actie?: string;
  actor?: string;
  uitkomst?: 'gelukt' | 'geweigerd' | 'mislukt';
  van?: string;
  tot?: string;
}

export function createAuditRepo(db: Db) {
  return {
    async insert(entry: AuditInsert): Promise<void> {
      await db.insert(auditLog).values(entry);
    },

    async page(filter: AuditFilter, offset: number, limit: number) {
      const where: SQL[] = [];
      if (filter.actie) where.push(eq(auditLog.actie, filter.actie));
      if (filter.actor === 'cli') where.push(eq(auditLog.actorSoort, 'cli'));
      else if (filter.actor)
        where.push(ilike(auditLog.actorEmail, `%${escapeLike(filter.actor)}%`));
      if (filter.uitkomst) where.push(eq(auditLog.uitkomst, filter.uitkomst));
      // Dates are calendar days in Europe/Amsterdam.
      if (filter.van)
        where.push(
          gte(
            auditLog.tijdstip,
            sql`(${filter.van}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
          ),
        );
      if (filter.tot)
        where.push(
          lt(
            auditLog.tijdstip,
            sql`((${filter.tot}::date + 1)::timestamp) AT TIME ZONE 'Europe/Amsterdam'`,
          ),
        );
      const condition = where.length ? and(...where) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(condition)
          .orderBy(desc(auditLog.id))
          .offset(offset)
          .limit(limit),
        db.select({ n: count() }).from(auditLog).where(condition),
      ]);
      return { rows, total: total?.n ?? 0 };
    },
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
