import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { instellingen } from '../../../db/schema.js';

export function createSettingsRepo(db: Db) {
  return {
    async get<T>(key: string): Promise<T | null> {
      const [row] = await db.select().from(instellingen).where(eq(instellingen.sleutel, key));
      return (row?.waarde as T) ?? null;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db
        .insert(instellingen)
        .values({ sleutel: key, waarde: value })
        .onConflictDoUpdate({ target: instellingen.sleutel, set: { waarde: value } });
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
