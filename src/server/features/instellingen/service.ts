import type { OpenbareWeergave } from '../../../contracts/instellingen.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import type { AuditService } from '../audit/service.js';
import type { SettingsRepo } from '../installatie/settings-repo.js';

export const PUBLIC_VIEW_KEY = 'openbare-weergave';

interface Stored {
  aan: boolean;
  gewijzigdOp: string;
  gewijzigdDoor: string;
}

/**
 * Every anonymous request asks; PGlite answers one query at a time. A change in this process
 * holds at once; one by the CLI (another process) within this many milliseconds.
 */
const CACHE_MS = 1000;

/**
 * The settings a beheerder switches at run time. For now one: the public view of the figures,
 * which the session plugin reads for every visitor without a login.
 */
export function createInstellingenService(
  settings: SettingsRepo,
  audit: AuditService,
  options: {
    /** Until a beheerder sets it: KINDKADER_OPENBARE_WEERGAVE, on unless `uit`. */
    publicViewDefault: boolean;
    now: () => Date;
  },
) {
  const clock = () => performance.now();
  let cached: { value: Promise<OpenbareWeergave>; at: number } | null = null;

  async function read(): Promise<OpenbareWeergave> {
    const stored = await settings.get<Stored>(PUBLIC_VIEW_KEY);
    if (!stored) {
      return {
        aan: options.publicViewDefault,
        bron: 'standaard',
        gewijzigdOp: null,
        gewijzigdDoor: null,
      };
    }
    return { ...stored, bron: 'instelling' };
  }

  function current(): Promise<OpenbareWeergave> {
    if (!cached || clock() - cached.at >= CACHE_MS) {
      const value = read();
      cached = { value, at: clock() };
      // A failed read is not kept: the next request asks again.
      value.catch(() => {
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  }

  return {
    /** For the session plugin: whether a visitor without a login sees the public figures. */
    async publicView(): Promise<boolean> {
      return (await current()).aan;
    },

    async getPublicView(actor: Actor): Promise<OpenbareWeergave> {
      authorize(actor, 'instellingen.lezen');
      return current();
    },

    async setPublicView(actor: Actor, aan: boolean): Promise<OpenbareWeergave> {
      authorize(actor, 'instellingen.beheren');
      const before = await read();
      const stored: Stored = {
        aan,
        gewijzigdOp: options.now().toISOString(),
        gewijzigdDoor: actor.kind === 'user' ? actor.email : 'cli',
      };
      await settings.set(PUBLIC_VIEW_KEY, stored);
      cached = null;
      await audit.record({
        actor,
        actie: 'instellingen.openbare-weergave',
        objectSoort: 'instelling',
        objectId: PUBLIC_VIEW_KEY,
        uitkomst: 'gelukt',
        details: { van: before.aan ? 'aan' : 'uit', naar: aan ? 'aan' : 'uit' },
      });
      return { ...stored, bron: 'instelling' };
    },
  };
}

export type InstellingenService = ReturnType<typeof createInstellingenService>;
