import path from 'node:path';
import type { DatabaseTarget } from '../db/client.js';

export interface Config {
  port: number;
  host: string;
  production: boolean;
  database: DatabaseTarget;
  dataDir: string;
  /** Minutes without activity after which a session ends. */
  sessionIdleMinutes: number;
  /** Hours after login after which a session ends regardless of activity. */
  sessionMaxHours: number;
  /** Set when a TLS-terminating proxy sits in front: trust X-Forwarded-* and send Secure cookies. */
  trustProxy: boolean;
  logLevel: string;
  /**
   * Whether visitors without a login see the figures, until a beheerder switches the public view
   * (`KINDKADER_OPENBARE_WEERGAVE=uit` starts closed).
   */
  publicViewDefault: boolean;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} moet een geheel getal van minstens ${min} zijn, niet '${raw}'`);
  }
  return value;
}

function onOffFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'aan' || raw === 'uit') return raw === 'aan';
  throw new Error(`${name} moet 'aan' of 'uit' zijn, niet '${raw}'`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.KINDKADER_DATA_DIR || './data/db');
  const url = env.DATABASE_URL;
  return {
    // PORT=0 lets the system choose a free port (tests).
    port: intFrom(env, 'PORT', 3000, 0),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    database: url ? { kind: 'postgresql', url } : { kind: 'pglite', dataDir },
    dataDir,
    sessionIdleMinutes: intFrom(env, 'KINDKADER_SESSIE_MINUTEN', 60),
    sessionMaxHours: intFrom(env, 'KINDKADER_SESSIE_MAX_UREN', 12),
    trustProxy: env.KINDKADER_ACHTER_PROXY === 'ja' || env.KINDKADER_ACHTER_PROXY === 'true',
    logLevel: env.LOG_LEVEL || 'info',
    publicViewDefault: onOffFrom(env, 'KINDKADER_OPENBARE_WEERGAVE', true),
  };
}
