import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { locaties, signaalDrempels } from '../../../db/schema.js';

export interface StoredThresholds {
  /** Only what was set; missing kinds keep their default. */
  waarden: Record<string, number>;
  gewijzigdOp: Date;
  gewijzigdDoor: string | null;
}

export function createSignalenRepo(db: Db) {
  return {
    async thresholds(codes: readonly string[]): Promise<Map<string, StoredThresholds>> {
      if (!codes.length) return new Map();
      const rows = await db
        .select()
        .from(signaalDrempels)
        .where(inArray(signaalDrempels.locatieCode, [...codes]));
      return new Map(rows.map(({ locatieCode, ...stored }) => [locatieCode, stored]));
    },

    async saveThresholds(
      code: string,
      waarden: Record<string, number>,
      door: string | null,
    ): Promise<StoredThresholds> {
      const values = { waarden, gewijzigdOp: sql`now()`, gewijzigdDoor: door };
      const [row] = await db
        .insert(signaalDrempels)
        .values({ locatieCode: code, ...values })
        .onConflictDoUpdate({ target: signaalDrempels.locatieCode, set: values })
        .returning();
      const { locatieCode: _, ...stored } = row!;
      return stored;
    },

    async names(codes: readonly string[]): Promise<Map<string, string>> {
      if (!codes.length) return new Map();
      const rows = await db
        .select({ code: locaties.code, naam: locaties.naam })
        .from(locaties)
        .where(inArray(locaties.code, [...codes]));
      return new Map(rows.map((r) => [r.code, r.naam]));
    },
  };
}

export type SignalenRepo = ReturnType<typeof createSignalenRepo>;
