import { openDatabase } from '../db/client.js';
import { configFromEnv } from '../server/config.js';
import { type Context, createContext } from '../server/context.js';
import { loadPseudonymKey } from '../server/pseudonym.js';

/**
 * Opens the same database as the server (KINDKADER_DATA_DIR or DATABASE_URL) and brings it up
 * to date (migrations, reference data) before any command runs.
 */
export async function withContext<T>(work: (ctx: Context) => Promise<T>): Promise<T> {
  const config = configFromEnv();
  const database = await openDatabase(config.database);
  try {
    const ctx = createContext(database, {
      ...config,
      pseudonymKey: loadPseudonymKey(process.env, config.dataDir),
    });
    await ctx.installatie.prepare();
    return await work(ctx);
  } finally {
    await database.close();
  }
}
