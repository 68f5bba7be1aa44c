import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { gebruikerLocaties, gebruikers, organisaties } from '../../../db/schema.js';

export type Role = (typeof gebruikers.$inferSelect)['rol'];
export type OrganisationKind = (typeof organisaties.$inferSelect)['soort'];

export interface UserRecord {
  id: number;
  email: string;
  wachtwoordHash: string;
  rol: Role;
  demo: boolean;
  laatstIngelogdOp: Date | null;
  organisatie: { id: number; naam: string; soort: OrganisationKind; gemeenteCode: string | null };
  locatieCodes: string[];
}

export function createGebruikersRepo(db: Db) {
  async function withLocations(
    rows: { user: typeof gebruikers.$inferSelect; org: typeof organisaties.$inferSelect }[],
  ): Promise<UserRecord[]> {
    const ids = rows.map((r) => r.user.id);
    const links = ids.length
      ? await db.select().from(gebruikerLocaties).where(inArray(gebruikerLocaties.gebruikerId, ids))
      : [];
    return rows.map(({ user, org }) => ({
      id: user.id,
      email: user.email,
      wachtwoordHash: user.wachtwoordHash,
      rol: user.rol,
      demo: user.demo,
      laatstIngelogdOp: user.laatstIngelogdOp,
      organisatie: { id: org.id, naam: org.naam, soort: org.soort, gemeenteCode: org.gemeenteCode },
      locatieCodes: links
        .filter((l) => l.gebruikerId === user.id)
        .map((l) => l.locatieCode)
        .sort(),
    }));
  }

  const joined = () =>
    db
      .select({ user: gebruikers, org: organisaties })
      .from(gebruikers)
      .innerJoin(organisaties, eq(gebruikers.organisatieId, organisaties.id));

  return {
    async byEmail(email: string): Promise<UserRecord | null> {
      const rows = await joined().where(eq(gebruikers.email, email));
      return (await withLocations(rows))[0] ?? null;
    },

    async byId(id: number): Promise<UserRecord | null> {
      const rows = await joined().where(eq(gebruikers.id, id));
      return (await withLocations(rows))[0] ?? null;
    },

    async list(): Promise<UserRecord[]> {
      return withLocations(await joined().orderBy(asc(gebruikers.email)));
    },

    async organisation(soort: OrganisationKind, naam: string, gemeenteCode: string | null) {
      await db
        .insert(organisaties)
        .values({ soort, naam, gemeenteCode })
        .onConflictDoNothing({ target: [organisaties.soort, organisaties.naam] });
      const [org] = await db
        .select()
        .from(organisaties)
        .where(and(eq(organisaties.soort, soort), eq(organisaties.naam, naam)));
      return org!;
    },

    async insert(user: {
      email: string;
      wachtwoordHash: string;
      rol: Role;
      organisatieId: number;
      demo: boolean;
      locatieCodes: readonly string[];
    }): Promise<number> {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(gebruikers).values(user).returning({ id: gebruikers.id });
        if (user.locatieCodes.length) {
          await tx
            .insert(gebruikerLocaties)
            .values(
              user.locatieCodes.map((locatieCode) => ({ gebruikerId: row!.id, locatieCode })),
            );
        }
        return row!.id;
      });
    },

    async setLocations(id: number, codes: readonly string[]): Promise<void> {
      await db.delete(gebruikerLocaties).where(eq(gebruikerLocaties.gebruikerId, id));
      if (codes.length) {
        await db
          .insert(gebruikerLocaties)
          .values(codes.map((locatieCode) => ({ gebruikerId: id, locatieCode })));
      }
    },

    async setPassword(id: number, wachtwoordHash: string): Promise<void> {
      await db.update(gebruikers).set({ wachtwoordHash }).where(eq(gebruikers.id, id));
    },

    async touchLogin(id: number, at: Date): Promise<void> {
      await db.update(gebruikers).set({ laatstIngelogdOp: at }).where(eq(gebruikers.id, id));
    },

    async countRealBeheerders(): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(gebruikers)
        .where(and(eq(gebruikers.rol, 'beheerder'), eq(gebruikers.demo, false)));
      return row?.n ?? 0;
    },

    async countDemo(): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(gebruikers)
        .where(eq(gebruikers.demo, true));
      return row?.n ?? 0;
    },

    /** Demo accounts exist only in demo mode: removed once a real beheerder exists. */
    async deleteDemo(): Promise<number> {
      const rows = await db
        .delete(gebruikers)
        .where(eq(gebruikers.demo, true))
        .returning({ id: gebruikers.id });
      return rows.length;
    },
  };
}

export type GebruikersRepo = ReturnType<typeof createGebruikersRepo>;
