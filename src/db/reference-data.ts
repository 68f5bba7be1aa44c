import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import { normaliseName } from '../domain/names.js';
import type { Db } from './client.js';
import { gemeenteAliassen, gemeenten, instellingen } from './schema.js';

export const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

const HASH_KEY = 'referentiedata.gemeenten.sha256';

function readCsv(file: string): { text: string; rows: Record<string, string>[] } {
  const text = readFileSync(path.join(dataDir, file), 'utf8');
  return { text, rows: parse(text, { columns: true, skip_empty_lines: true, trim: true }) };
}

/**
 * Loads the shipped municipalities and aliases. Skips the work when the files have not changed
 * since the last load, so that a restart stays fast.
 */
export async function loadReferenceData(db: Db): Promise<{ loaded: boolean; gemeenten: number }> {
  const municipalities = readCsv('gemeenten-2025.csv');
  const aliases = readCsv('gemeente-aliassen.csv');
  const hash = createHash('sha256')
    .update(municipalities.text)
    .update('\0')
    .update(aliases.text)
    .digest('hex');
  const [stored] = await db.select().from(instellingen).where(eq(instellingen.sleutel, HASH_KEY));
  if (stored?.waarde === hash) return { loaded: false, gemeenten: municipalities.rows.length };

  const aliasesByCode = new Map<string, string[]>();
  for (const r of aliases.rows) {
    aliasesByCode.set(r.code!, [...(aliasesByCode.get(r.code!) ?? []), r.alias!]);
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(gemeenten)
      .values(
        municipalities.rows.map((r) => ({
          code: r.code!,
          naam: r.name!,
          provincieCode: r.province_code!,
          provincieNaam: r.province_name!,
          zoeknaam: [r.name!, ...(aliasesByCode.get(r.code!) ?? [])].map(normaliseName).join('|'),
        })),
      )
      .onConflictDoUpdate({
        target: gemeenten.code,
        set: {
          naam: sql`excluded.naam`,
          provincieCode: sql`excluded.provincie_code`,
          provincieNaam: sql`excluded.provincie_naam`,
          zoeknaam: sql`excluded.zoeknaam`,
        },
      });
    await tx
      .insert(gemeenteAliassen)
      .values(aliases.rows.map((r) => ({ alias: r.alias!, code: r.code! })))
      .onConflictDoUpdate({ target: gemeenteAliassen.alias, set: { code: sql`excluded.code` } });
    await tx
      .insert(instellingen)
      .values({ sleutel: HASH_KEY, waarde: hash })
      .onConflictDoUpdate({ target: instellingen.sleutel, set: { waarde: hash } });
  });
  return { loaded: true, gemeenten: municipalities.rows.length };
}
