/** The child-journey events format (data-formats.md §1): parsing one row. */
import { EVENT_TYPES, type EventType } from '../journey.js';
import { parseBoolean, parseDate, parseEnum, parseMonth } from './fields.js';
import type { FieldIssue } from './locaties.js';

export const GEBEURTENIS_COLUMNS = {
  required: ['kind_id', 'geboortemaand', 'amv', 'gebeurtenis', 'datum'],
  optional: ['gezin_id', 'locatie', 'soort'],
} as const;

export const UITSTROOM_SOORTEN = ['woning', 'vertrek', 'terugkeer', 'overig'] as const;
export const ONDERWIJS_SOORTEN = ['po', 'so', 'isk', 'vo', 'mbo'] as const;

/** Which `soort` values an event takes, and whether it must have one. */
const SOORT: Partial<Record<EventType, { values: readonly string[]; required: boolean }>> = {
  uitstroom: { values: UITSTROOM_SOORTEN, required: true },
  onderwijs_start: { values: ONDERWIJS_SOORTEN, required: true },
  onderwijs_einde: { values: ONDERWIJS_SOORTEN, required: false },
};

export interface EventRow {
  /** The source's child id: to be pseudonymised at once, never stored or shown. */
  sourceChildId: string;
  sourceFamilyId: string | null;
  birthMonth: string;
  unaccompanied: boolean;
  type: EventType;
  date: string;
  location: string | null;
  soort: string | null;
}

export interface EventParseContext {
  /** Today in Europe/Amsterdam (`YYYY-MM-DD`): no event may lie after it. */
  today: string;
  /** Is there a location with this code at all? */
  locationExists: (code: string) => boolean;
}

export interface ParsedEvent {
  row: EventRow | null;
  issues: FieldIssue[];
  /**
   * A movement whose only error is an unknown location still opens or closes a stay in the
   * sequence checks, so that one mistake gives one error (data-formats.md).
   */
  takesPartInSequence: boolean;
}

export function parseEventRow(
  cells: Readonly<Record<string, string>>,
  context: EventParseContext,
): ParsedEvent {
  const issues: FieldIssue[] = [];
  const error = (column: string, message: string) =>
    issues.push({ column, message, severity: 'error' });
  const cell = (column: string) => cells[column] ?? '';
  const required = (column: string) => {
    if (cell(column) === '') error(column, 'is verplicht en is leeg');
    return cell(column);
  };

  // The child id is never quoted in a message: it may identify a child.
  const sourceChildId = required('kind_id');
  const birthRaw = required('geboortemaand');
  const amvRaw = required('amv');
  const typeRaw = required('gebeurtenis');
  const dateRaw = required('datum');

  const birth = birthRaw ? parseMonth(birthRaw) : null;
  if (birth && !birth.ok) error('geboortemaand', birth.message);
  const birthMonth = birth?.ok ? birth.value : null;
  const birthInFuture = birthMonth !== null && birthMonth > context.today.slice(0, 7);
  if (birthInFuture) error('geboortemaand', `${birthMonth} ligt na de huidige maand`);

  const amv = amvRaw ? parseBoolean(amvRaw) : null;
  if (amv && !amv.ok) error('amv', amv.message);

  const type = typeRaw ? parseEnum(typeRaw, EVENT_TYPES) : null;
  if (type && !type.ok) error('gebeurtenis', type.message);
  const eventType = type?.ok ? type.value : null;

  const date = dateRaw ? parseDate(dateRaw) : null;
  if (date && !date.ok) error('datum', date.message);
  const eventDate = date?.ok ? date.value : null;
  if (eventDate) {
    if (eventDate > context.today) error('datum', `${eventDate} ligt in de toekomst`);
    else if (eventDate < '2000-01-01') error('datum', `${eventDate} ligt vóór 2000-01-01`);
    // No 'before the birth month' error when the birth month itself is wrong.
    else if (birthMonth && !birthInFuture && eventDate < `${birthMonth}-01`) {
      error('datum', `${eventDate} ligt vóór de geboortemaand ${birthMonth}`);
    }
  }

  let locationUnknown = false;
  const location = cell('locatie') || null;
  if (eventType === 'instroom' || eventType === 'verhuizing') {
    if (!location) error('locatie', `is verplicht bij ${eventType}`);
  }
  if (location && !context.locationExists(location)) {
    error('locatie', `'${location}' is geen bekende locatiecode`);
    locationUnknown = true;
  }

  const soortRaw = cell('soort');
  let soort: string | null = null;
  if (eventType) {
    const rule = SOORT[eventType];
    if (!rule && soortRaw) error('soort', `hoort leeg te zijn bij ${eventType}`);
    else if (rule?.required && !soortRaw)
      error('soort', `is verplicht bij ${eventType} (${rule.values.join(', ')})`);
    else if (rule && soortRaw) {
      const parsed = parseEnum(soortRaw, rule.values);
      if (parsed.ok) soort = parsed.value;
      else error('soort', parsed.message);
    }
  }

  const complete = Boolean(sourceChildId && birthMonth && amv?.ok && eventType && eventDate);
  const row: EventRow | null = complete
    ? {
        sourceChildId,
        sourceFamilyId: cell('gezin_id') || null,
        birthMonth: birthMonth!,
        unaccompanied: amv!.ok ? amv!.value : false,
        type: eventType!,
        date: eventDate!,
        location,
        soort,
      }
    : null;
  const onlyUnknownLocation =
    issues.length > 0 && issues.every((i) => i.column === 'locatie') && locationUnknown;
  const isMove =
    eventType === 'instroom' || eventType === 'verhuizing' || eventType === 'uitstroom';
  return {
    row,
    issues,
    takesPartInSequence: row !== null && (issues.length === 0 || (isMove && onlyUnknownLocation)),
  };
}
