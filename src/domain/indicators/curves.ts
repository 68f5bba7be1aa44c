/**
 * The Kaplan–Meier curves for drawing. Location staff get every step exactly; everyone else
 * gets only the days whose value disclosure rule 4 would publish (at least 5 events on or
 * before the day and 5 subjects at risk after it), rounded as published KM values are.
 */
import { fraction, ONE, roundHalfAway, times, toNumber } from './fraction.js';
import { eventsUpTo, type KmCurve, subjectsAfter } from './km.js';
import { KM_VALUES, type KmIndicator, type RawTable } from './table.js';

export interface CurvePoint {
  day: number;
  /** S(day), or 1 − S(day) for the indicators that report the share reached. */
  value: number;
  /** Only in unsuppressed curves. */
  atRisk?: number;
  events?: number;
  censored?: number;
}

export interface Curve {
  measure: 'S' | 'oneMinusS';
  points: CurvePoint[];
}

export function curvePoints(curve: KmCurve, complement: boolean, published: boolean): CurvePoint[] {
  const points: CurvePoint[] = [];
  let exact = ONE;
  for (const step of curve.steps) {
    if (step.events) exact = times(exact, fraction(step.atRisk - step.events, step.atRisk));
    const shown = complement ? { num: exact.den - exact.num, den: exact.den } : exact;
    if (!published) {
      points.push({
        day: step.time,
        value: toNumber(shown),
        atRisk: step.atRisk,
        events: step.events,
        censored: step.censored,
      });
    } else if (eventsUpTo(curve, step.time) >= 5 && subjectsAfter(curve, step.time) >= 5) {
      points.push({ day: step.time, value: roundHalfAway(shown, 2) });
    }
  }
  return points;
}

export function curvesOf(raw: RawTable, published: boolean): Record<KmIndicator, Curve> {
  const curve = (indicator: KmIndicator, km: KmCurve): Curve => {
    const complement = KM_VALUES[indicator][0][2];
    return {
      measure: complement ? 'oneMinusS' : 'S',
      points: curvePoints(km, complement, published),
    };
  };
  return {
    daysInNood: curve('daysInNood', raw.daysInNood.km),
    daysToSchool: curve('daysToSchool', raw.daysToSchool.km),
    daysToJgz: curve('daysToJgz', raw.daysToJgz.km),
    daysToHousing: curve('daysToHousing', raw.daysToHousing.km),
  };
}
