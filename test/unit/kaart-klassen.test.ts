import { describe, expect, it } from 'vitest';
import {
  colourClasses,
  colourOf,
  PALETTE,
  ZERO_COLOUR,
} from '../../src/web/components/kaart/klassen.js';

describe('choropleth classes', () => {
  it('splits positive values into five quantile classes, darkest for the highest', () => {
    const classes = colourClasses([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([...PALETTE]);
  });

  it('gives zero its own colour and never a class', () => {
    const classes = colourClasses([0, 0, 5]);
    expect(classes).toEqual([{ from: 5, to: 5, colour: PALETTE.at(-1) }]);
    expect(colourOf(0, classes)).toBe(ZERO_COLOUR);
    expect(colourOf(5, classes)).toBe(PALETTE.at(-1));
  });

  it('keeps equal values in one class', () => {
    const classes = colourClasses([1, 1, 1, 1, 2]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(colourOf(1, classes)).toBe(PALETTE[3]);
  });

  it('has no classes without positive values', () => {
    expect(colourClasses([0, 0])).toEqual([]);
    expect(colourOf(0, [])).toBe(ZERO_COLOUR);
  });
});
