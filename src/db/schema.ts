import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** The 342 municipalities of 1 January 2025 (CBS), loaded from data/ at start-up. */
export const gemeenten = pgTable('gemeenten', {
  code: text('code').primaryKey(),
  naam: text('naam').notNull(),
  provincieCode: text('provincie_code').notNull(),
  provincieNaam: text('provincie_naam').notNull(),
  /** Normalised name and aliases (domain/names.ts), so that search ignores case, accents, hyphens. */
  zoeknaam: text('zoeknaam').notNull(),
});

export const gemeenteAliassen = pgTable('gemeente_aliassen', {
  alias: text('alias').primaryKey(),
  code: text('code')
    .notNull()
    .references(() => gemeenten.code),
});

export const organisaties = pgTable(
  'organisaties',
  {
    id: serial('id').primaryKey(),
    soort: text('soort', { enum: ['gemeente', 'coa', 'operator', 'monitor', 'beheer'] }).notNull(),
    naam: text('naam').notNull(),
    gemeenteCode: text('gemeente_code').references(() => gemeenten.code),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisaties_soort_naam').on(t.soort, t.naam)],
);

export const gebruikers = pgTable('gebruikers', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  wachtwoordHash: text('wachtwoord_hash').notNull(),
  rol: text('rol', { enum: ['beheerder', 'gemeente', 'locatie', 'monitor'] }).notNull(),
  organisatieId: integer('organisatie_id')
    .notNull()
    .references(() => organisaties.id),
  demo: boolean('demo').notNull().default(false),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  laatstIngelogdOp: timestamp('laatst_ingelogd_op', { withTimezone: true }),
});

/** The location codes a `locatie` user works for: its scope. */
export const gebruikerLocaties = pgTable(
  'gebruiker_locaties',
  {
    gebruikerId: integer('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id, { onDelete: 'cascade' }),
    locatieCode: text('locatie_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.gebruikerId, t.locatieCode] })],
);

/** Sessions behind an opaque cookie; the cookie holds a token, the table only its SHA-256. */
export const sessies = pgTable(
  'sessies',
  {
    tokenHash: text('token_hash').primaryKey(),
    gebruikerId: integer('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
    absoluutEindeOp: timestamp('absoluut_einde_op', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessies_gebruiker').on(t.gebruikerId)],
);

/**
 * Failed logins per e-mail address, whether or not an account exists, so that a lock-out
 * does not reveal which addresses are registered.
 */
export const inlogBlokkades = pgTable('inlog_blokkades', {
  email: text('email').primaryKey(),
  mislukt: integer('mislukt').notNull().default(0),
  geblokkeerdTot: timestamp('geblokkeerd_tot', { withTimezone: true }),
});

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
    actorSoort: text('actor_soort', { enum: ['gebruiker', 'cli', 'anoniem', 'systeem'] }).notNull(),
    actorId: integer('actor_id'),
    actorEmail: text('actor_email'),
    actie: text('actie').notNull(),
    objectSoort: text('object_soort'),
    objectId: text('object_id'),
    uitkomst: text('uitkomst', { enum: ['gelukt', 'geweigerd', 'mislukt'] }).notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_tijdstip').on(t.tijdstip),
    index('audit_log_actie').on(t.actie),
    index('audit_log_actor').on(t.actorId),
  ],
);

/** Small key/value store for facts about this installation (reference-data hash, demo peildatum). */
export const instellingen = pgTable('instellingen', {
  sleutel: text('sleutel').primaryKey(),
  waarde: jsonb('waarde').$type<unknown>().notNull(),
});

// ---------------------------------------------------------------------------------------------
// Data in: import batches, locations, facilities, child journeys, activities.

export const IMPORT_SOORTEN = [
  'locaties',
  'voorzieningen',
  'gebeurtenissen',
  'activiteiten',
] as const;

/** One import (a file, an API post or a form save). Inserted in the import's own transaction. */
export const importBatches = pgTable('import_batches', {
  id: serial('id').primaryKey(),
  soort: text('soort', { enum: IMPORT_SOORTEN }).notNull(),
  bestandsnaam: text('bestandsnaam').notNull(),
  sha256: text('sha256').notNull(),
  actorSoort: text('actor_soort', { enum: ['gebruiker', 'cli', 'anoniem', 'systeem'] }).notNull(),
  actorId: integer('actor_id'),
  actorEmail: text('actor_email'),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  teruggedraaidOp: timestamp('teruggedraaid_op', { withTimezone: true }),
  /** Counts: rijen, nieuw, aanwezig, overgeslagen, fouten, waarschuwingen. */
  telling: jsonb('telling').$type<Record<string, number>>().notNull(),
});

/** Every imported location row, in order: the history from which `locaties` is computed. */
export const locatieRijen = pgTable(
  'locatie_rijen',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    rij: integer('rij').notNull(),
    code: text('code').notNull(),
    /** The parsed values of the columns present in the file (absent columns keep stored values). */
    waarden: jsonb('waarden').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rij] }), index('locatie_rijen_code').on(t.code)],
);

export const locaties = pgTable(
  'locaties',
  {
    code: text('code').primaryKey(),
    naam: text('naam').notNull(),
    gemeenteCode: text('gemeente_code')
      .notNull()
      .references(() => gemeenten.code),
    status: text('status', { enum: ['voorgesteld', 'open', 'gesloten'] }).notNull(),
    capaciteit: integer('capaciteit').notNull(),
    openSinds: date('open_sinds'),
    openTot: date('open_tot'),
    beheerder: text('beheerder', { enum: ['coa', 'gemeente', 'overig'] }),
    adres: text('adres'),
    postcode: text('postcode'),
    plaats: text('plaats'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** Facts: null is unknown, never no. */
    feiten: jsonb('feiten').$type<Record<string, boolean | null>>().notNull(),
    /** The batch of the latest row, for "last changed". */
    laatsteBatchId: integer('laatste_batch_id').notNull(),
  },
  (t) => [index('locaties_gemeente').on(t.gemeenteCode)],
);

/** A location's type and subtype over time; `vanaf` null is "from the beginning". */
export const locatiePerioden = pgTable(
  'locatie_perioden',
  {
    locatieCode: text('locatie_code')
      .notNull()
      .references(() => locaties.code, { onDelete: 'cascade' }),
    vanaf: date('vanaf'),
    type: text('type').notNull(),
    subtype: text('subtype'),
  },
  (t) => [uniqueIndex('locatie_perioden_code_vanaf').on(t.locatieCode, t.vanaf)],
);

/** A child, by pseudonym only (HMAC of the source id); no name, BSN or source id. */
export const kinderen = pgTable('kinderen', {
  pseudoniem: text('pseudoniem').primaryKey(),
  geboortemaand: text('geboortemaand').notNull(),
});

/** Child-journey events in import order (`id`). */
export const gebeurtenissen = pgTable(
  'gebeurtenissen',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    rij: integer('rij').notNull(),
    kind: text('kind').notNull(),
    geboortemaand: text('geboortemaand').notNull(),
    amv: boolean('amv').notNull(),
    gezin: text('gezin'),
    gebeurtenis: text('gebeurtenis').notNull(),
    datum: date('datum').notNull(),
    locatie: text('locatie'),
    soort: text('soort'),
    /** A `verhuizing` to the current location: kept, takes no part (a warning at import). */
    genegeerd: boolean('genegeerd').notNull().default(false),
  },
  (t) => [
    uniqueIndex('gebeurtenissen_identiteit').on(
      t.kind,
      t.gebeurtenis,
      t.datum,
      sql`coalesce(${t.locatie}, '')`,
      sql`coalesce(${t.soort}, '')`,
    ),
    // Only the indexes that imports and indicators read by: each extra index costs every one of
    // a million inserted rows. Rollbacks, which are rare, scan.
    index('gebeurtenissen_kind').on(t.kind, t.id),
  ],
);

/** Derived: a child's stays (end-of-day location runs), rebuilt from its events. */
export const verblijven = pgTable(
  'verblijven',
  {
    kind: text('kind').notNull(),
    locatie: text('locatie').notNull(),
    begin: date('begin').notNull(),
    eind: date('eind'),
  },
  (t) => [index('verblijven_kind').on(t.kind), index('verblijven_locatie').on(t.locatie, t.begin)],
);

/** Activity rows in import order; the current activity is the latest row of its identity. */
export const activiteitRijen = pgTable(
  'activiteit_rijen',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    rij: integer('rij').notNull(),
    locatie: text('locatie').notNull(),
    naam: text('naam').notNull(),
    van: date('van').notNull(),
    waarden: jsonb('waarden').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.rij] }),
    index('activiteit_rijen_identiteit').on(t.locatie, t.naam, t.van),
  ],
);

/** Facility rows in import order; the current facility is the latest row of its key. */
export const voorzieningRijen = pgTable(
  'voorziening_rijen',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    rij: integer('rij').notNull(),
    sleutel: text('sleutel').notNull(),
    categorie: text('categorie').notNull(),
    naam: text('naam').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    bron: text('bron'),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.rij] }),
    index('voorziening_rijen_sleutel').on(t.sleutel),
  ],
);

/**
 * The thresholds of a location's signal list, set by its staff; a location without a row uses
 * the defaults (domain/signals.ts). `waarden` holds only what was set, per signal kind.
 */
export const signaalDrempels = pgTable('signaal_drempels', {
  // A location that a rollback removes takes its thresholds along.
  locatieCode: text('locatie_code')
    .primaryKey()
    .references(() => locaties.code, { onDelete: 'cascade' }),
  waarden: jsonb('waarden').$type<Record<string, number>>().notNull(),
  gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  /** The e-mail address of who changed them last, as the audit log keeps it. */
  gewijzigdDoor: text('gewijzigd_door'),
});

// ---------------------------------------------------------------------------------------------
// The kwaliteitskader: the versions live in frameworks/ (ADR 0010); a municipality's adoption is
// data. Each write replaces the adoption as a whole; the audit log keeps what changed.

/** The framework version a municipality adopted. `revisie` counts writes, against lost updates. */
export const gemeenteKaders = pgTable('gemeente_kaders', {
  gemeenteCode: text('gemeente_code')
    .primaryKey()
    .references(() => gemeenten.code),
  kaderVersie: text('kader_versie').notNull(),
  revisie: integer('revisie').notNull(),
  gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull().defaultNow(),
  /** The e-mail address of who changed it last, as the audit log keeps it. */
  gewijzigdDoor: text('gewijzigd_door'),
});

export const KADER_AFWIJKING_SOORTEN = ['aanscherping', 'niet_aangenomen', 'lokale_norm'] as const;

/**
 * A municipality's deviations from the baseline it adopted, in the order of its file. `waarden`:
 * the tightened values, or the whole local norm; `reden`: mandatory when not adopted.
 */
export const gemeenteKaderAfwijkingen = pgTable(
  'gemeente_kader_afwijkingen',
  {
    gemeenteCode: text('gemeente_code')
      .notNull()
      .references(() => gemeenteKaders.gemeenteCode, { onDelete: 'cascade' }),
    normId: text('norm_id').notNull(),
    soort: text('soort', { enum: KADER_AFWIJKING_SOORTEN }).notNull(),
    volgorde: integer('volgorde').notNull(),
    waarden: jsonb('waarden').$type<Record<string, unknown>>().notNull(),
    reden: text('reden'),
  },
  (t) => [primaryKey({ columns: [t.gemeenteCode, t.normId] })],
);

// ---------------------------------------------------------------------------------------------
// Assessments (beoordelingen) of a location for a period: docs/beoordelingen.md. No foreign key
// to `locaties`: rolling back a location import must not be blocked by, or delete, assessments.

/** Binary content; PGlite gives a Uint8Array, node-postgres a Buffer. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const beoordelingen = pgTable(
  'beoordelingen',
  {
    id: serial('id').primaryKey(),
    locatieCode: text('locatie_code').notNull(),
    van: date('van').notNull(),
    tot: date('tot').notNull(),
    kaderVersie: text('kader_versie').notNull(),
    status: text('status', { enum: ['concept', 'vastgesteld'] }).notNull(),
    /** Counts writes; every write names the revision it was based on (optimistic locking). */
    revisie: integer('revisie').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull(),
    /** User ids for the four-eyes rule (null: the CLI); e-mail addresses as the audit log keeps them. */
    aangemaaktDoorId: integer('aangemaakt_door_id'),
    aangemaaktDoor: text('aangemaakt_door'),
    gewijzigdOp: timestamp('gewijzigd_op', { withTimezone: true }).notNull(),
    gewijzigdDoorId: integer('gewijzigd_door_id'),
    gewijzigdDoor: text('gewijzigd_door'),
    vastgesteldOp: timestamp('vastgesteld_op', { withTimezone: true }),
    vastgesteldDoor: text('vastgesteld_door'),
  },
  (t) => [index('beoordelingen_locatie').on(t.locatieCode)],
);

/**
 * The norms of an assessment as they stood when it was created (a snapshot: a later change of
 * the framework does not change an assessment). `uitkomst` is null while an assessor has not
 * scored the norm.
 */
export const beoordelingNormen = pgTable(
  'beoordeling_normen',
  {
    beoordelingId: integer('beoordeling_id')
      .notNull()
      .references(() => beoordelingen.id, { onDelete: 'cascade' }),
    normId: text('norm_id').notNull(),
    thema: text('thema').notNull(),
    volgorde: integer('volgorde').notNull(),
    titel: jsonb('titel').$type<{ nl: string; en: string }>().notNull(),
    soort: text('soort', { enum: ['automatisch', 'beoordelaar'] }).notNull(),
    /** What the assessor looks at (assessor norms). */
    vraag: jsonb('vraag').$type<{ nl: string; en: string }>(),
    /** The evaluation's outcome and sentence at the end of the period. */
    automatischeUitkomst: text('automatische_uitkomst').notNull(),
    toelichting: jsonb('toelichting').$type<{ nl: string; en: string }>().notNull(),
    uitkomst: text('uitkomst'),
    onderbouwing: text('onderbouwing'),
  },
  (t) => [primaryKey({ columns: [t.beoordelingId, t.normId] })],
);

/** Evidence files, stored in the database: in the same transaction and backup as the rest. */
export const beoordelingBijlagen = pgTable(
  'beoordeling_bijlagen',
  {
    id: serial('id').primaryKey(),
    beoordelingId: integer('beoordeling_id')
      .notNull()
      .references(() => beoordelingen.id, { onDelete: 'cascade' }),
    normId: text('norm_id').notNull(),
    bestandsnaam: text('bestandsnaam').notNull(),
    mediaType: text('media_type').notNull(),
    grootte: integer('grootte').notNull(),
    sha256: text('sha256').notNull(),
    inhoud: bytea('inhoud').notNull(),
    toegevoegdOp: timestamp('toegevoegd_op', { withTimezone: true }).notNull(),
    toegevoegdDoor: text('toegevoegd_door'),
  },
  (t) => [index('beoordeling_bijlagen_beoordeling').on(t.beoordelingId)],
);

export const verbeteracties = pgTable(
  'verbeteracties',
  {
    id: serial('id').primaryKey(),
    beoordelingId: integer('beoordeling_id')
      .notNull()
      .references(() => beoordelingen.id, { onDelete: 'cascade' }),
    /** The norm the action improves; null for the assessment as a whole. */
    normId: text('norm_id'),
    omschrijving: text('omschrijving').notNull(),
    eigenaar: text('eigenaar').notNull(),
    deadline: date('deadline').notNull(),
    status: text('status', { enum: ['open', 'in_uitvoering', 'afgerond'] }).notNull(),
  },
  (t) => [index('verbeteracties_beoordeling').on(t.beoordelingId)],
);
