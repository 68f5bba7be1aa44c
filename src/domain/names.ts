/**
 * Normalises a municipality name for matching: case- and accent-insensitive, a hyphen counts as
 * a space, an apostrophe counts as written (data/README.md).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `Hengelo (O.)` → `Hengelo`: the CBS disambiguation suffix, if any, removed. */
export function withoutSuffix(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

export interface MunicipalityName {
  code: string;
  naam: string;
}

export type Resolution =
  | { ok: true; code: string }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

/**
 * Resolves what a person typed for a municipality: a CBS code, the official name, the name
 * without its CBS suffix where unambiguous, or a known alias.
 */
export function resolveMunicipality(
  input: string,
  municipalities: readonly MunicipalityName[],
  aliases: readonly { alias: string; code: string }[],
): Resolution {
  const trimmed = input.trim();
  if (/^gm\d{4}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return municipalities.some((m) => m.code === code)
      ? { ok: true, code }
      : { ok: false, reason: 'unknown' };
  }
  const wanted = normaliseName(trimmed);
  const exact = municipalities.find((m) => normaliseName(m.naam) === wanted);
  if (exact) return { ok: true, code: exact.code };
  const alias = aliases.find((a) => normaliseName(a.alias) === wanted);
  if (alias) return { ok: true, code: alias.code };
  const bySuffixless = municipalities.filter(
    (m) => normaliseName(withoutSuffix(m.naam)) === wanted,
  );
  if (bySuffixless.length === 1) return { ok: true, code: bySuffixless[0]!.code };
  if (bySuffixless.length > 1) {
    return { ok: false, reason: 'ambiguous', candidates: bySuffixless.map((m) => m.code).sort() };
  }
  return { ok: false, reason: 'unknown' };
}
