/**
 * The assessment (beoordeling) of one location for a period: the rules that do not depend on
 * storage. Which norms an assessor scores, which file contents count as an attachment, when an
 * assessment may still change, and who may adopt it (four eyes). docs/beoordelingen.md
 * explains the choices.
 */
import type { Outcome } from './evaluate.js';
import type { Norm } from './model.js';

export const ASSESSMENT_STATUSES = ['concept', 'vastgesteld'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'in_uitvoering', 'afgerond'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * An assessor scores the `manual` norms and the facts that carry an `assessment` (R7.3): for
 * those the data cannot say everything. Every other norm is filled in by the evaluation.
 */
export function scoredByAssessor(norm: Norm): boolean {
  return norm.kind === 'manual' || (norm.kind === 'fact' && norm.assessment !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Attachments

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_KINDS = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
  png: {
    mediaType: 'image/png',
    extension: 'png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

/**
 * What a file is, by its first bytes (`%PDF-`, JPEG's SOI marker, PNG's signature) — never by
 * its name or the type a client declares, which anyone can set to anything.
 */
export function attachmentKind(bytes: Uint8Array): AttachmentKind | null {
  for (const [kind, { magic }] of Object.entries(ATTACHMENT_KINDS)) {
    if (bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte)) {
      return kind as AttachmentKind;
    }
  }
  return null;
}

export const TOO_LARGE = 'Het bestand is groter dan 10 MB; er is niets opgeslagen.';

/** Why a file cannot be attached, in Dutch; null when it can. */
export function attachmentProblem(bytes: Uint8Array): string | null {
  if (bytes.length > MAX_ATTACHMENT_BYTES) return TOO_LARGE;
  if (bytes.length === 0) return 'Het bestand is leeg; er is niets opgeslagen.';
  if (attachmentKind(bytes) === null) {
    return 'Het bestand is geen PDF, JPEG of PNG; er is niets opgeslagen.';
  }
  return null;
}

/**
 * A file name that is safe in a Content-Disposition header and on any disk: letters, digits,
 * dot, dash and underscore, with the extension of what the file really is.
 */
export function safeFileName(name: string, kind: AttachmentKind): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, 100);
  return `${base || 'bijlage'}.${ATTACHMENT_KINDS[kind].extension}`;
}

// ---------------------------------------------------------------------------------------------
// Workflow

export interface AssessmentState {
  status: AssessmentStatus;
  revision: number;
  /** The user id of who created it; null for the local operator's CLI. */
  createdBy: number | null;
  /** The user id of who wrote last. */
  lastEditedBy: number | null;
}

export type WriteRefusal =
  | { kind: 'adopted' }
  | { kind: 'stale'; current: number; basedOn: number };

/**
 * Whether a write based on revision `basedOn` may go ahead: never on an adopted assessment,
 * and never over a change the writer has not seen.
 */
export function writeRefusal(state: AssessmentState, basedOn: number): WriteRefusal | null {
  if (state.status === 'vastgesteld') return { kind: 'adopted' };
  if (state.revision !== basedOn) return { kind: 'stale', current: state.revision, basedOn };
  return null;
}

export type AdoptRefusal =
  | WriteRefusal
  | { kind: 'no-person' }
  | { kind: 'creator' }
  | { kind: 'last-editor' }
  | { kind: 'unscored'; norms: string[] };

/**
 * Whether `userId` may adopt (vaststellen) the assessment. Four eyes: a second person, neither
 * who created it nor who changed it last; and only once every assessor norm has an outcome.
 */
export function adoptRefusal(
  state: AssessmentState,
  basedOn: number,
  userId: number | null,
  unscored: readonly string[],
): AdoptRefusal | null {
  const write = writeRefusal(state, basedOn);
  if (write) return write;
  if (userId === null) return { kind: 'no-person' };
  if (userId === state.createdBy) return { kind: 'creator' };
  if (userId === state.lastEditedBy) return { kind: 'last-editor' };
  if (unscored.length) return { kind: 'unscored', norms: [...unscored] };
  return null;
}

/**
 * How many norms of an assessment have each outcome, every outcome listed. A norm an assessor
 * has not scored yet counts as `onbekend`: nothing is known about it, and it is never `voldoet`.
 */
export function outcomeCounts(outcomes: readonly (Outcome | null)[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = {
    voldoet: 0,
    voldoet_deels: 0,
    voldoet_niet: 0,
    onbekend: 0,
    nvt: 0,
  };
  for (const outcome of outcomes) counts[outcome ?? 'onbekend']++;
  return counts;
}
