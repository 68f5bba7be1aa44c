import { describe, expect, it } from 'vitest';
import {
  type Action,
  type Actor,
  decide,
  type Role,
  scopeOf,
  type Target,
} from '../../src/domain/permissions.js';

const user = (role: Role, extra: Partial<Extract<Actor, { kind: 'user' }>> = {}): Actor => ({
  kind: 'user',
  userId: 1,
  email: 'x@example.nl',
  role,
  organisationId: 1,
  municipality: role === 'gemeente' ? 'GM0014' : null,
  locations: role === 'locatie' ? ['LOC-A'] : [],
  ...extra,
});

const ownMunicipality: Target = { kind: 'municipality', code: 'GM0014' };
const otherMunicipality: Target = { kind: 'municipality', code: 'GM0363' };
const ownLocation: Target = { kind: 'location', code: 'LOC-A', municipality: 'GM0014' };
const otherLocationSameMunicipality: Target = {
  kind: 'location',
  code: 'LOC-B',
  municipality: 'GM0014',
};
const otherLocation: Target = { kind: 'location', code: 'LOC-C', municipality: 'GM0363' };

const allowed = (actor: Actor, action: Action, target?: Target) =>
  decide(actor, action, target).allowed;

describe('decide', () => {
  it('lets anyone read municipalities, and nobody anonymous do anything else', () => {
    expect(allowed({ kind: 'anonymous' }, 'gemeenten.lezen')).toBe(true);
    expect(decide({ kind: 'anonymous' }, 'sessie.lezen')).toEqual({
      allowed: false,
      reason: 'not-authenticated',
    });
    expect(decide({ kind: 'anonymous' }, 'kinderen.lezen', ownLocation)).toEqual({
      allowed: false,
      reason: 'not-authenticated',
    });
  });

  it('gives the audit log and accounts to the beheerder only', () => {
    for (const role of ['gemeente', 'locatie', 'monitor'] as const) {
      expect(decide(user(role), 'audit.lezen')).toEqual({ allowed: false, reason: 'forbidden' });
      expect(allowed(user(role), 'gebruikers.beheren')).toBe(false);
    }
    expect(allowed(user('beheerder'), 'audit.lezen')).toBe(true);
  });

  it('shows child-level rows only to locatie staff of that location — not to beheerder, monitor, gemeente or CLI', () => {
    expect(allowed(user('locatie'), 'kinderen.lezen', ownLocation)).toBe(true);
    expect(decide(user('locatie'), 'kinderen.lezen', otherLocationSameMunicipality)).toEqual({
      allowed: false,
      reason: 'out-of-scope',
    });
    expect(allowed(user('locatie'), 'kinderen.lezen', otherLocation)).toBe(false);
    for (const role of ['beheerder', 'monitor', 'gemeente'] as const) {
      expect(allowed(user(role), 'kinderen.lezen', ownLocation)).toBe(false);
    }
    expect(allowed({ kind: 'cli' }, 'kinderen.lezen', ownLocation)).toBe(false);
  });

  it('keeps a gemeente to its own municipality and its locations', () => {
    const g = user('gemeente');
    expect(allowed(g, 'locaties.lezen', ownMunicipality)).toBe(true);
    expect(allowed(g, 'locaties.lezen', otherLocationSameMunicipality)).toBe(true);
    expect(decide(g, 'locaties.lezen', otherMunicipality)).toEqual({
      allowed: false,
      reason: 'out-of-scope',
    });
    expect(allowed(g, 'locaties.schrijven', otherLocation)).toBe(false);
    expect(
      allowed(user('gemeente', { municipality: null }), 'locaties.lezen', ownMunicipality),
    ).toBe(false);
  });

  it('lets a monitor read nationally but never write', () => {
    expect(allowed(user('monitor'), 'locaties.lezen', otherMunicipality)).toBe(true);
    expect(allowed(user('monitor'), 'indicatoren.locatie-lezen', ownLocation)).toBe(false);
    expect(allowed(user('monitor'), 'locaties.schrijven', ownLocation)).toBe(false);
  });

  it('shows the framework to anyone and an adoption to every account; only the own gemeente changes it', () => {
    expect(allowed({ kind: 'anonymous' }, 'kaders.lezen')).toBe(true);
    expect(decide({ kind: 'anonymous' }, 'gemeentekader.lezen').allowed).toBe(false);
    for (const role of ['beheerder', 'gemeente', 'locatie', 'monitor'] as const) {
      expect(allowed(user(role), 'gemeentekader.lezen')).toBe(true);
      expect(allowed(user(role), 'gemeentekader.wijzigen', ownMunicipality)).toBe(
        role === 'gemeente',
      );
    }
    expect(decide(user('gemeente'), 'gemeentekader.wijzigen', otherMunicipality)).toEqual({
      allowed: false,
      reason: 'out-of-scope',
    });
  });

  it('shows the evaluation against the framework to every role within its scope', () => {
    expect(decide({ kind: 'anonymous' }, 'toetsing.lezen').allowed).toBe(false);
    for (const role of ['beheerder', 'monitor'] as const) {
      expect(allowed(user(role), 'toetsing.lezen', otherMunicipality)).toBe(true);
      expect(allowed(user(role), 'toetsing.lezen', otherLocation)).toBe(true);
    }
    const g = user('gemeente');
    expect(allowed(g, 'toetsing.lezen', ownMunicipality)).toBe(true);
    expect(allowed(g, 'toetsing.lezen', otherLocationSameMunicipality)).toBe(true);
    expect(allowed(g, 'toetsing.lezen', otherLocation)).toBe(false);
    // A locatie account: its own locations, not the municipality as a whole.
    const l = user('locatie');
    expect(allowed(l, 'toetsing.lezen', ownLocation)).toBe(true);
    expect(allowed(l, 'toetsing.lezen', otherLocationSameMunicipality)).toBe(false);
    expect(allowed(l, 'toetsing.lezen', ownMunicipality)).toBe(false);
    expect(allowed({ kind: 'cli' }, 'toetsing.lezen', otherLocation)).toBe(true);
  });
});

describe('decide with the public view', () => {
  const open: Actor = { kind: 'anonymous', publicView: true };
  const closed: Actor = { kind: 'anonymous', publicView: false };

  it('shows the public figures to a visitor without a login only while the public view is on', () => {
    expect(decide(open, 'indicatoren.lezen')).toEqual({ allowed: true });
    expect(decide(closed, 'indicatoren.lezen')).toEqual({
      allowed: false,
      reason: 'public-view-off',
    });
  });

  it('counts an anonymous actor without the setting as closed', () => {
    expect(decide({ kind: 'anonymous' }, 'indicatoren.lezen').allowed).toBe(false);
  });

  it('keeps the framework, the municipalities and the setting itself public either way', () => {
    for (const actor of [open, closed]) {
      expect(allowed(actor, 'kaders.lezen')).toBe(true);
      expect(allowed(actor, 'gemeenten.lezen')).toBe(true);
      expect(allowed(actor, 'instellingen.lezen')).toBe(true);
    }
  });

  it('leaves every account its figures, and the rest closed to visitors as before', () => {
    for (const role of ['beheerder', 'gemeente', 'locatie', 'monitor'] as const)
      expect(allowed(user(role), 'indicatoren.lezen')).toBe(true);
    expect(allowed({ kind: 'cli' }, 'indicatoren.lezen')).toBe(true);
    expect(decide(open, 'indicatoren.locatie-lezen', ownLocation)).toEqual({
      allowed: false,
      reason: 'not-authenticated',
    });
  });

  it('lets only the beheerder (and the local operator) switch it', () => {
    expect(allowed(user('beheerder'), 'instellingen.beheren')).toBe(true);
    for (const role of ['gemeente', 'locatie', 'monitor'] as const)
      expect(decide(user(role), 'instellingen.beheren')).toEqual({
        allowed: false,
        reason: 'forbidden',
      });
    expect(decide(open, 'instellingen.beheren')).toEqual({
      allowed: false,
      reason: 'not-authenticated',
    });
    expect(allowed({ kind: 'cli' }, 'instellingen.beheren')).toBe(true);
  });
});

describe('scopeOf', () => {
  it('gives the SQL scope per actor', () => {
    expect(scopeOf(user('gemeente'))).toEqual({ kind: 'municipality', code: 'GM0014' });
    expect(scopeOf(user('locatie'))).toEqual({ kind: 'locations', codes: ['LOC-A'] });
    expect(scopeOf(user('monitor'))).toEqual({ kind: 'all' });
    expect(scopeOf({ kind: 'anonymous' })).toEqual({ kind: 'none' });
    expect(scopeOf(user('gemeente', { municipality: null }))).toEqual({ kind: 'none' });
  });
});
