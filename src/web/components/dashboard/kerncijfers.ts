import { HEADLINES, type HeadlineKey } from '../../../domain/indicators/headline.js';
import type { FigureKind } from '../indicatoren/Figure.js';

/** How each headline figure reads on screen. */
export const HEADLINE_KIND: Record<HeadlineKey, FigureKind> = Object.fromEntries(
  HEADLINES.map((h) => [h.key, h.unit]),
) as Record<HeadlineKey, FigureKind>;

export const HEADLINE_KEYS: readonly HeadlineKey[] = HEADLINES.map((h) => h.key);
