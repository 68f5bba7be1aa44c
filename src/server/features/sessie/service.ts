import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Bereik, Sessie, WachtwoordWijzigen } from '../../../contracts/sessie.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../../passwords.js';
import { invalid, notAuthenticated, ProblemError } from '../../problem.js';
import type { AuditService } from '../audit/service.js';
import type { GebruikersRepo, UserRecord } from '../gebruikers/repo.js';
import { actorFor } from '../gebruikers/service.js';
import type { SessieRepo, SessionRow } from './repo.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export interface SessionSettings {
  idleMinutes: number;
  maxHours: number;
  now?: () => Date;
}

export interface ActiveSession {
  actor: Actor;
  user: UserRecord;
  row: SessionRow;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bereikOf(user: UserRecord): Bereik {
  const base = { gemeenteCode: null, gemeenteNaam: null, locatieCodes: [], kindgegevens: false };
  switch (user.rol) {
    case 'beheerder':
      return { ...base, soort: 'alles' };
    case 'monitor':
      return { ...base, soort: 'landelijk' };
    case 'gemeente':
      return {
        ...base,
        soort: 'gemeente',
        gemeenteCode: user.organisatie.gemeenteCode,
        gemeenteNaam: user.organisatie.naam.replace(/^Gemeente /, ''),
      };
    case 'locatie':
      return { ...base, soort: 'locaties', locatieCodes: user.locatieCodes, kindgegevens: true };
  }
}

export function createSessieService(
  repo: SessieRepo,
  users: GebruikersRepo,
  audit: AuditService,
  settings: SessionSettings,
) {
  const now = settings.now ?? (() => new Date());
  const idleMs = settings.idleMinutes * 60_000;

  function toSessie(user: UserRecord, row: SessionRow): Sessie {
    return {
      gebruiker: { id: user.id, email: user.email, rol: user.rol, demo: user.demo },
      organisatie: {
        id: user.organisatie.id,
        naam: user.organisatie.naam,
        soort: user.organisatie.soort,
      },
      bereik: bereikOf(user),
      csrfToken: row.csrfToken,
      verlooptOp: row.verlooptOp.toISOString(),
    };
  }

  return {
    /** Returns the new session's token (for the cookie only) and its description. */
    async login(emailInput: string, password: string, ip: string) {
      const email = emailInput.trim().toLowerCase();
      const at = now();
      const lock = await repo.lockout(email);
      if (lock?.geblokkeerdTot && lock.geblokkeerdTot > at) {
        await audit.record({
          actor: { kind: 'anonymous' },
          email,
          actie: 'inloggen',
          uitkomst: 'geweigerd',
          details: { reden: 'geblokkeerd' },
          ip,
        });
        const seconds = Math.ceil((lock.geblokkeerdTot.getTime() - at.getTime()) / 1000);
        throw new ProblemError(
          429,
          'inloggen-geblokkeerd',
          'Tijdelijk geblokkeerd',
          `Na ${MAX_FAILURES} mislukte pogingen is inloggen met dit e-mailadres ${LOCK_MINUTES} minuten geblokkeerd. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`,
          undefined,
          { 'retry-after': String(seconds) },
        );
      }
      const user = await users.byEmail(email);
      const ok = user
        ? await verifyPassword(user.wachtwoordHash, password)
        : await verifyAgainstNothing(password);
      if (!user || !ok) {
        const previous =
          lock?.geblokkeerdTot && lock.geblokkeerdTot <= at ? 0 : (lock?.mislukt ?? 0);
        const failures = previous + 1;
        const lockedUntil =
          failures >= MAX_FAILURES ? new Date(at.getTime() + LOCK_MINUTES * 60_000) : null;
        await repo.setLockout(email, lockedUntil ? 0 : failures, lockedUntil);
        await audit.record({
          actor: { kind: 'anonymous' },
          email,
          actie: 'inloggen',
          uitkomst: 'mislukt',
          details: { pogingen: failures },
          ip,
        });
        throw notAuthenticated('Het e-mailadres of het wachtwoord klopt niet.');
      }
      await repo.clearLockout(email);
      const token = randomBytes(32).toString('base64url');
      const row: SessionRow = {
        tokenHash: hashToken(token),
        gebruikerId: user.id,
        csrfToken: randomBytes(32).toString('base64url'),
        aangemaaktOp: at,
        verlooptOp: new Date(at.getTime() + idleMs),
        absoluutEindeOp: new Date(at.getTime() + settings.maxHours * 3_600_000),
      };
      await repo.deleteExpired(at);
      await repo.insert(row);
      await users.touchLogin(user.id, at);
      await audit.record({ actor: actorFor(user), actie: 'inloggen', uitkomst: 'gelukt', ip });
      return { token, sessie: toSessie(user, row) };
    },

    /** The session behind a cookie token, extended on use; null when unknown or expired. */
    async resolve(token: string): Promise<ActiveSession | null> {
      const row = await repo.byTokenHash(hashToken(token));
      const at = now();
      if (!row) return null;
      if (row.verlooptOp <= at || row.absoluutEindeOp <= at) {
        await repo.delete(row.tokenHash);
        return null;
      }
      const user = await users.byId(row.gebruikerId);
      if (!user) return null;
      const extended = new Date(Math.min(at.getTime() + idleMs, row.absoluutEindeOp.getTime()));
      // Write only when it moves the expiry by more than a minute: reads stay reads.
      if (extended.getTime() - row.verlooptOp.getTime() > 60_000) {
        await repo.extend(row.tokenHash, extended);
        row.verlooptOp = extended;
      }
      return { actor: actorFor(user), user, row };
    },

    current(actor: Actor, session: ActiveSession | null): Sessie {
      authorize(actor, 'sessie.lezen');
      if (!session) throw notAuthenticated();
      return toSessie(session.user, session.row);
    },

    async logout(actor: Actor, session: ActiveSession | null, ip: string): Promise<void> {
      authorize(actor, 'sessie.lezen');
      if (!session) throw notAuthenticated();
      await repo.delete(session.row.tokenHash);
      await audit.record({ actor, actie: 'uitloggen', uitkomst: 'gelukt', ip });
    },

    async changePassword(
      actor: Actor,
      session: ActiveSession | null,
      body: WachtwoordWijzigen,
      ip: string,
    ) {
      authorize(actor, 'account.wachtwoord-wijzigen');
      if (!session) throw notAuthenticated();
      const user = session.user;
      if (!(await verifyPassword(user.wachtwoordHash, body.huidigWachtwoord))) {
        await audit.record({
          actor,
          actie: 'wachtwoord.wijzigen',
          uitkomst: 'mislukt',
          details: { reden: 'huidig wachtwoord onjuist' },
          ip,
        });
        throw invalid([
          { path: 'body.huidigWachtwoord', message: 'het huidige wachtwoord klopt niet' },
        ]);
      }
      if (body.nieuwWachtwoord === body.huidigWachtwoord) {
        throw invalid([
          { path: 'body.nieuwWachtwoord', message: 'kies een ander wachtwoord dan het huidige' },
        ]);
      }
      await users.setPassword(user.id, await hashPassword(body.nieuwWachtwoord));
      // Other sessions may belong to whoever knew the old password.
      await repo.deleteOthers(user.id, session.row.tokenHash);
      await audit.record({
        actor,
        actie: 'wachtwoord.wijzigen',
        objectSoort: 'gebruiker',
        objectId: String(user.id),
        uitkomst: 'gelukt',
        ip,
      });
    },
  };
}

export type SessieService = ReturnType<typeof createSessieService>;
