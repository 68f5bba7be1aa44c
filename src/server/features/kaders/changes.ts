/** What a write changed in a municipality's adoption, for the audit log. */
import type { Adoption } from '../../../domain/framework/adoption.js';

export interface AdoptionChange {
  norm: string | null;
  wijziging:
    | 'versie'
    | 'aangescherpt'
    | 'aanscherping-gewijzigd'
    | 'aanscherping-vervallen'
    | 'niet-aangenomen'
    | 'reden-gewijzigd'
    | 'weer-aangenomen'
    | 'lokale-norm-toegevoegd'
    | 'lokale-norm-gewijzigd'
    | 'lokale-norm-verwijderd';
  /** The new values or version, where there are any. */
  waarde?: unknown;
}

const byNorm = <T>(items: readonly T[], id: (item: T) => string) =>
  new Map(items.map((item) => [id(item), item]));

/** Order-independent equality of plain data (JSON), since stored values lose key order. */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function adoptionChanges(previous: Adoption | null, next: Adoption): AdoptionChange[] {
  const changes: AdoptionChange[] = [];
  if (previous?.framework !== next.framework) {
    changes.push({ norm: null, wijziging: 'versie', waarde: next.framework });
  }
  const before = previous ?? { tightened: [], notAdopted: [], localNorms: [] };

  const tightenedBefore = byNorm(before.tightened, (t) => t.norm);
  const tightenedAfter = byNorm(next.tightened, (t) => t.norm);
  for (const [norm, { norm: _, ...values }] of tightenedAfter) {
    const old = tightenedBefore.get(norm);
    if (!old) changes.push({ norm, wijziging: 'aangescherpt', waarde: values });
    else if (!same(old, tightenedAfter.get(norm)))
      changes.push({ norm, wijziging: 'aanscherping-gewijzigd', waarde: values });
  }
  for (const norm of tightenedBefore.keys()) {
    if (!tightenedAfter.has(norm)) changes.push({ norm, wijziging: 'aanscherping-vervallen' });
  }

  const notBefore = byNorm(before.notAdopted, (n) => n.norm);
  const notAfter = byNorm(next.notAdopted, (n) => n.norm);
  for (const [norm, { reason }] of notAfter) {
    const old = notBefore.get(norm);
    if (!old) changes.push({ norm, wijziging: 'niet-aangenomen', waarde: reason });
    else if (old.reason !== reason)
      changes.push({ norm, wijziging: 'reden-gewijzigd', waarde: reason });
  }
  for (const norm of notBefore.keys()) {
    if (!notAfter.has(norm)) changes.push({ norm, wijziging: 'weer-aangenomen' });
  }

  const localBefore = byNorm(before.localNorms, (n) => n.id);
  const localAfter = byNorm(next.localNorms, (n) => n.id);
  for (const [norm, value] of localAfter) {
    const old = localBefore.get(norm);
    if (!old) changes.push({ norm, wijziging: 'lokale-norm-toegevoegd', waarde: value });
    else if (!same(old, value))
      changes.push({ norm, wijziging: 'lokale-norm-gewijzigd', waarde: value });
  }
  for (const norm of localBefore.keys()) {
    if (!localAfter.has(norm)) changes.push({ norm, wijziging: 'lokale-norm-verwijderd' });
  }
  return changes;
}
