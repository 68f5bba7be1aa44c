/**
 * The one place that decides who may do what. Services call `decide` before any work; repos
 * then apply the same scope in SQL (`scopeOf`).
 */

export type Role = 'beheerder' | 'gemeente' | 'locatie' | 'monitor';

export type Actor =
  | {
      kind: 'anonymous';
      /**
       * The "openbare weergave" setting as the session plugin found it. Only `true` shows the
       * public figures to a visitor without a login; absent counts as off, so that an anonymous
       * actor made anywhere else never sees more than the setting allows.
       */
      publicView?: boolean;
    }
  | { kind: 'cli' }
  | {
      kind: 'user';
      userId: number;
      email: string;
      role: Role;
      organisationId: number;
      /** For role `gemeente`: its CBS code. */
      municipality: string | null;
      /** For role `locatie`: the location codes it works for. */
      locations: readonly string[];
    };

export type Action =
  | 'gemeenten.lezen'
  | 'sessie.lezen'
  | 'account.wachtwoord-wijzigen'
  | 'audit.lezen'
  | 'gebruikers.lezen'
  | 'gebruikers.beheren'
  | 'imports.lezen'
  | 'imports.terugdraaien'
  | 'locaties.lezen'
  | 'locaties.schrijven'
  | 'kinderen.lezen'
  | 'gebeurtenissen.schrijven'
  | 'activiteiten.schrijven'
  | 'voorzieningen.schrijven'
  | 'indicatoren.lezen'
  | 'indicatoren.locatie-lezen'
  | 'signalen.lezen'
  | 'signalen.instellen'
  | 'kaders.lezen'
  | 'gemeentekader.lezen'
  | 'gemeentekader.wijzigen'
  | 'toetsing.lezen'
  | 'beoordelingen.lezen'
  | 'beoordelingen.schrijven'
  | 'instellingen.lezen'
  | 'instellingen.beheren';

/** What an action is about. `national` means no particular municipality or location. */
export type Target =
  | { kind: 'national' }
  | { kind: 'municipality'; code: string }
  | { kind: 'location'; code: string; municipality: string };

export type Decision =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'not-authenticated' | 'forbidden' | 'out-of-scope' | 'public-view-off';
    };

const NATIONAL: Target = { kind: 'national' };

/** Actions anyone may take, also without logging in. */
const PUBLIC: ReadonlySet<Action> = new Set([
  'gemeenten.lezen',
  'indicatoren.lezen',
  'kaders.lezen',
  'instellingen.lezen',
]);

/**
 * The public figures: the "openbare weergave" setting can close them to visitors without a
 * login. The framework and the municipality list stay public whatever the setting: a published
 * policy document and reference data, no figures about children.
 */
const PUBLIC_FIGURES: ReadonlySet<Action> = new Set(['indicatoren.lezen']);

/** Which roles may take an action at all; scope is checked afterwards. */
const ROLES: Record<Action, readonly Role[]> = {
  'gemeenten.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'sessie.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'account.wachtwoord-wijzigen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'audit.lezen': ['beheerder'],
  'gebruikers.lezen': ['beheerder'],
  'gebruikers.beheren': ['beheerder'],
  'imports.lezen': ['beheerder', 'gemeente', 'locatie'],
  'imports.terugdraaien': ['beheerder', 'gemeente', 'locatie'],
  'locaties.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'locaties.schrijven': ['gemeente', 'locatie'],
  // Child-level rows: only the staff of the child's location.
  'kinderen.lezen': ['locatie'],
  'gebeurtenissen.schrijven': ['locatie'],
  'activiteiten.schrijven': ['gemeente', 'locatie'],
  // Facilities are public reference data (schools, GPs): operator and municipalities load them.
  'voorzieningen.schrijven': ['beheerder', 'gemeente'],
  // The published set is public; it is identical for every audience (domain.md).
  'indicatoren.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  // Child figures of a single location, unsuppressed, and its signal list: its staff only.
  'indicatoren.locatie-lezen': ['locatie'],
  'signalen.lezen': ['locatie'],
  'signalen.instellen': ['locatie'],
  // The framework versions are public; a municipality's adoption is policy that every account
  // may read, and that only the municipality itself changes.
  'kaders.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'gemeentekader.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'gemeentekader.wijzigen': ['gemeente'],
  // The evaluation against the framework: every role within its scope (a locatie account its own
  // locations). Who sees a location's figures in it is decided like the indicators' (the service).
  'toetsing.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  // Assessments: made, scored and adopted by the municipality and the location's own staff;
  // read by the national roles too. Adopting needs a second person (domain/framework/assessment).
  'beoordelingen.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'beoordelingen.schrijven': ['gemeente', 'locatie'],
  // Whether the public view is on is public itself (the web tells a visitor); only the
  // beheerder switches it.
  'instellingen.lezen': ['beheerder', 'gemeente', 'locatie', 'monitor'],
  'instellingen.beheren': ['beheerder'],
};

/** The roles that may take an action at all (scope aside): for showing or hiding it in the web. */
export function rolesAllowed(action: Action): readonly Role[] {
  return ROLES[action];
}

/** What importing each kind of file takes. */
export const IMPORT_ACTIONS = {
  locaties: 'locaties.schrijven',
  activiteiten: 'activiteiten.schrijven',
  gebeurtenissen: 'gebeurtenissen.schrijven',
  voorzieningen: 'voorzieningen.schrijven',
} as const satisfies Record<string, Action>;

/** Actions the local operator's CLI may not take: it never reads child-level rows. */
const NOT_FOR_CLI: ReadonlySet<Action> = new Set(['kinderen.lezen', 'signalen.lezen']);

export function decide(actor: Actor, action: Action, target: Target = NATIONAL): Decision {
  if (PUBLIC.has(action)) {
    const closed = actor.kind === 'anonymous' && actor.publicView !== true;
    return closed && PUBLIC_FIGURES.has(action)
      ? { allowed: false, reason: 'public-view-off' }
      : { allowed: true };
  }
  if (actor.kind === 'anonymous') return { allowed: false, reason: 'not-authenticated' };
  if (actor.kind === 'cli') {
    return NOT_FOR_CLI.has(action) ? { allowed: false, reason: 'forbidden' } : { allowed: true };
  }
  if (!ROLES[action].includes(actor.role)) return { allowed: false, reason: 'forbidden' };
  return inScope(actor, target) ? { allowed: true } : { allowed: false, reason: 'out-of-scope' };
}

function inScope(actor: Extract<Actor, { kind: 'user' }>, target: Target): boolean {
  if (target.kind === 'national') return true;
  switch (actor.role) {
    case 'beheerder':
    case 'monitor':
      return true;
    case 'gemeente': {
      const municipality = target.kind === 'municipality' ? target.code : target.municipality;
      return actor.municipality !== null && actor.municipality === municipality;
    }
    case 'locatie':
      return target.kind === 'location' && actor.locations.includes(target.code);
  }
}

/** The scope a repo must apply in SQL for list queries of this actor. */
export type QueryScope =
  | { kind: 'all' }
  | { kind: 'municipality'; code: string }
  | { kind: 'locations'; codes: readonly string[] }
  | { kind: 'none' };

export function scopeOf(actor: Actor): QueryScope {
  if (actor.kind === 'cli') return { kind: 'all' };
  if (actor.kind === 'anonymous') return { kind: 'none' };
  switch (actor.role) {
    case 'beheerder':
    case 'monitor':
      return { kind: 'all' };
    case 'gemeente':
      return actor.municipality
        ? { kind: 'municipality', code: actor.municipality }
        : { kind: 'none' };
    case 'locatie':
      return { kind: 'locations', codes: actor.locations };
  }
}
