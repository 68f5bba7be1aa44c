import { and, eq, lt, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { inlogBlokkades, sessies } from '../../../db/schema.js';

export type SessionRow = typeof sessies.$inferSelect;

export function createSessieRepo(db: Db) {
  return {
    async insert(row: typeof sessies.$inferInsert): Promise<void> {
      await db.insert(sessies).values(row);
    },

    async byTokenHash(tokenHash: string): Promise<SessionRow | null> {
      const [row] = await db.select().from(sessies).where(eq(sessies.tokenHash, tokenHash));
      return row ?? null;
    },

    async extend(tokenHash: string, verlooptOp: Date): Promise<void> {
      await db.update(sessies).set({ verlooptOp }).where(eq(sessies.tokenHash, tokenHash));
    },

    async delete(tokenHash: string): Promise<void> {
      await db.delete(sessies).where(eq(sessies.tokenHash, tokenHash));
    },

    async deleteOthers(gebruikerId: number, keepTokenHash: string): Promise<void> {
      await db
        .delete(sessies)
        .where(and(eq(sessies.gebruikerId, gebruikerId), ne(sessies.tokenHash, keepTokenHash)));
    },

    async deleteExpired(now: Date): Promise<void> {
      await db.delete(sessies).where(lt(sessies.verlooptOp, now));
    },

    async lockout(email: string) {
      const [row] = await db.select().from(inlogBlokkades).where(eq(inlogBlokkades.email, email));
      return row ?? null;
    },

    async setLockout(email: string, mislukt: number, geblokkeerdTot: Date | null): Promise<void> {
      await db
        .insert(inlogBlokkades)
        .values({ email, mislukt, geblokkeerdTot })
        .onConflictDoUpdate({ target: inlogBlokkades.email, set: { mislukt, geblokkeerdTot } });
    },

    async clearLockout(email: string): Promise<void> {
      await db.delete(inlogBlokkades).where(eq(inlogBlokkades.email, email));
    },
  };
}

export type SessieRepo = ReturnType<typeof createSessieRepo>;
