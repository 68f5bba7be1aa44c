/**
 * Colour classes for a choropleth. The palette is ColorBrewer's YlGnBu in five steps, which
 * stays apart for the common kinds of colour blindness and in greyscale print; zero has a class
 * of its own, so that "none" never looks like "few". Breaks are quantiles of the positive values.
 */

export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const ZERO_COLOUR = '#f2f2f2';

export interface ColourClass {
  /** Inclusive bounds of the values in this class. */
  from: number;
  to: number;
  colour: string;
}

export function colourClasses(values: readonly number[]): ColourClass[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (!positive.length) return [];
  const steps = Math.min(PALETTE.length, new Set(positive).size);
  const classes: ColourClass[] = [];
  let start = 0;
  for (let k = 1; k <= steps && start < positive.length; k++) {
    let end = Math.ceil((positive.length * k) / steps) - 1;
    // Equal values stay in one class.
    while (end + 1 < positive.length && positive[end + 1] === positive[end]) end++;
    classes.push({ from: positive[start]!, to: positive[end]!, colour: '' });
    start = end + 1;
  }
  // The darkest colour for the highest class, however many classes there are.
  const offset = PALETTE.length - classes.length;
  return classes.map((c, i) => ({ ...c, colour: PALETTE[offset + i]! }));
}

export function colourOf(value: number, classes: readonly ColourClass[]): string {
  if (value <= 0) return ZERO_COLOUR;
  return (classes.find((c) => value <= c.to) ?? classes.at(-1))?.colour ?? ZERO_COLOUR;
}
