import { hash, verify } from '@node-rs/argon2';

// algorithm 2 is Argon2id (a const enum in the library's types, so not importable here).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/** Spends the same time as a real check, so that response times do not reveal unknown accounts. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('kindkader-dummy-wachtwoord');
  await verifyPassword(await dummy, password);
  return false;
}
