import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Pseudonymiser = (sourceId: string) => string;

/**
 * HMAC-SHA256 of a source id with the installation's key, hex, first 32 characters
 * (data-formats.md §1). The key comes from KINDKADER_PSEUDONYM_KEY or is generated once into the
 * data directory with mode 0600; it is never logged.
 */
export function pseudonymiserFromKey(key: string | Buffer): Pseudonymiser {
  return (sourceId) =>
    createHmac('sha256', key).update(sourceId, 'utf8').digest('hex').slice(0, 32);
}

export function loadPseudonymKey(env: NodeJS.ProcessEnv, dataDir: string): string {
  const fromEnv = env.KINDKADER_PSEUDONYM_KEY;
  if (fromEnv) {
    if (fromEnv.length < 32)
      throw new Error('KINDKADER_PSEUDONYM_KEY moet minstens 32 tekens lang zijn');
    return fromEnv;
  }
  const file = path.join(dataDir, 'pseudoniem.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}
