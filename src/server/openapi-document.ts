import { randomBytes } from 'node:crypto';
import { openDatabase } from '../db/client.js';
import { buildApp } from './app.js';
import { createContext } from './context.js';

/** The OpenAPI document as the server publishes it, built without touching a real database. */
export async function printOpenApi(): Promise<unknown> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    const app = await buildApp(
      createContext(database, {
        sessionIdleMinutes: 60,
        sessionMaxHours: 12,
        production: false,
        pseudonymKey: randomBytes(32).toString('hex'),
      }),
      { webDir: null },
    );
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}
