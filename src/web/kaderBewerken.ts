/**
 * Changing a municipality's adoption one step at a time, as the forms do: each function gives
 * a new adoption and leaves the old one as it was. The rules (only stricter, a reason for every
 * norm left out) are the domain's `checkAdoption`, run before anything is sent.
 */
import type { Adoption, LocalNorm, Tightening } from '../domain/framework/adoption.js';
import { LOCAL_NORM_ID_PATTERN } from '../domain/framework/model.js';

/** A first adoption of `version`: the baseline as it is. */
export const adoptionOf = (version: string): Adoption => ({
  framework: version,
  tightened: [],
  notAdopted: [],
  localNorms: [],
});

/** Puts the tightening of a norm in place of any earlier one; keeps the order of the others. */
export function withTightening(adoption: Adoption, tightening: Tightening): Adoption {
  const index = adoption.tightened.findIndex((t) => t.norm === tightening.norm);
  const tightened = [...adoption.tightened];
  if (index === -1) tightened.push(tightening);
  else tightened[index] = tightening;
  return { ...adoption, tightened };
}

export const withoutTightening = (adoption: Adoption, norm: string): Adoption => ({
  ...adoption,
  tightened: adoption.tightened.filter((t) => t.norm !== norm),
});

/** A norm left out cannot stay tightened: its tightening goes. */
export const withNotAdopted = (adoption: Adoption, norm: string, reason: string): Adoption => ({
  ...withoutTightening(adoption, norm),
  notAdopted: [...adoption.notAdopted.filter((n) => n.norm !== norm), { norm, reason }],
});

export const withoutNotAdopted = (adoption: Adoption, norm: string): Adoption => ({
  ...adoption,
  notAdopted: adoption.notAdopted.filter((n) => n.norm !== norm),
});

export const withLocalNorm = (adoption: Adoption, norm: LocalNorm): Adoption => ({
  ...adoption,
  localNorms: [...adoption.localNorms, norm],
});

export const withoutLocalNorm = (adoption: Adoption, id: string): Adoption => ({
  ...adoption,
  localNorms: adoption.localNorms.filter((n) => n.id !== id),
});

/** The next free local id under a theme: `R4.L1`, then `R4.L2`, … */
export function nextLocalId(adoption: Adoption, theme: string): string {
  const used = adoption.localNorms
    .map((n) => n.id)
    .filter((id) => LOCAL_NORM_ID_PATTERN.test(id) && id.startsWith(`${theme}.L`))
    .map((id) => Number(id.slice(theme.length + 2)));
  return `${theme}.L${Math.max(0, ...used) + 1}`;
}

/** A number as people type it, with a decimal comma or point (`2,5`, `2.5`); null if none. */
export function parseNumber(input: string): number | null {
  const text = input.trim().replace(/\s/g, '');
  if (!/^\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** A number as a form field shows it: no grouping (it would read back wrong), Dutch comma. */
export const numberInput = (value: number, language: 'nl' | 'en'): string =>
  language === 'nl' ? String(value).replace('.', ',') : String(value);
