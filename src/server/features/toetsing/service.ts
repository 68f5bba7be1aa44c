import type { z } from 'zod';
import {
  type EffectiveFramework,
  type EffectiveNorm,
  effectiveFramework,
} from '../../../domain/framework/adoption.js';
import {
  type Audience,
  countOutcomes,
  type Evaluation,
  evaluateLocation,
  evaluateMunicipality,
  type Facilities,
  type FacilityPoint,
  typeAt,
} from '../../../domain/framework/evaluate.js';
import type { Norm } from '../../../domain/framework/model.js';
import type { Activity } from '../../../domain/import/activiteiten.js';
import type { Period } from '../../../domain/import/locaties.js';
import type { Category, Facility } from '../../../domain/import/voorzieningen.js';
import { emptyRawTable, type RawTable } from '../../../domain/indicators/table.js';
import { type Actor, decide, type QueryScope } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { notFound } from '../../problem.js';
import type { ActiviteitenRepo } from '../activiteiten/repo.js';
import type { AuditService } from '../audit/service.js';
import type { IndicatorenService } from '../indicatoren/service.js';
import type { FrameworkLibrary } from '../kaders/library.js';
import type { KadersRepo } from '../kaders/repo.js';
import type { LocatiesRepo } from '../locaties/repo.js';
import type { VoorzieningenRepo } from '../voorzieningen/repo.js';
import { advicePdf } from './advice-pdf.js';
import type { ToetsingRepo } from './repo.js';
import type { Gemeentetoetsing, Locatietoetsing, Uitkomst } from './schema.js';

type LocatieRow = NonNullable<Awaited<ReturnType<LocatiesRepo['get']>>>;

export interface ToetsingDeps {
  repo: ToetsingRepo;
  locaties: LocatiesRepo;
  activiteiten: ActiviteitenRepo;
  voorzieningen: VoorzieningenRepo;
  kaders: KadersRepo;
  library: FrameworkLibrary;
  indicatoren: IndicatorenService;
  /** Changes with every import and rollback: the facilities are read again only then. */
  dataVersion: () => Promise<string>;
  audit: AuditService;
  isDemo: () => boolean;
}

type Frameworks = Map<string, { framework: EffectiveFramework; adopted: boolean }>;

/** For reads on behalf of a service that has done its own permission check. */
const OPERATOR: Actor = { kind: 'cli' };

/**
 * Who reads a location's figures in its evaluation: its own staff, and the local operator;
 * everyone else reads its indicator norms without numbers (domain.md, "Disclosure control").
 */
function audienceFor(actor: Actor, code: string, municipality: string): Audience {
  const own = decide(actor, 'indicatoren.locatie-lezen', { kind: 'location', code, municipality });
  return own.allowed ? 'location-staff' : 'outside';
}

function groupFacilities(rows: readonly Pick<Facility, 'categorie' | 'naam' | 'lat' | 'lon'>[]) {
  const map = new Map<Category, FacilityPoint[]>();
  for (const { categorie, naam, lat, lon } of rows) {
    const list = map.get(categorie) ?? [];
    list.push({ name: naam, lat, lon });
    map.set(categorie, list);
  }
  return map;
}

/** A norm in the framework file's shape: without what the adoption added to it. */
function asDocument({ origin: _o, baseline: _b, reason: _r, ...norm }: EffectiveNorm): Norm {
  return norm as Norm;
}

function kaderOf(framework: EffectiveFramework, adopted: boolean) {
  return {
    versie: framework.version,
    aangenomen: adopted,
    themas: framework.themes.map((theme) => ({ id: theme.id, title: theme.title })),
    normen: framework.themes.flatMap((theme) =>
      theme.norms.map((norm) => ({
        thema: theme.id,
        herkomst: norm.origin,
        norm: asDocument(norm),
      })),
    ),
  };
}

const toUitkomst = (e: Evaluation): z.infer<typeof Uitkomst> => ({
  norm: e.norm,
  uitkomst: e.outcome,
  toelichting: e.explanation,
  verandering: e.change,
});

/**
 * The evaluation of locations and municipalities against the framework their municipality
 * adopted (or the newest baseline while it adopted none), at a peildatum.
 */
export function createToetsingService(deps: ToetsingDeps) {
  const { locaties, indicatoren } = deps;
  let facilities: { version: string; grouped: Promise<Facilities> } | null = null;
  const adopted = new Map<string, { revisie: number; framework: EffectiveFramework }>();

  /** Thousands of schools and practices: read once per data version, not per request. */
  async function currentFacilities(): Promise<Facilities> {
    const version = await deps.dataVersion();
    if (facilities?.version !== version) {
      facilities = { version, grouped: deps.voorzieningen.current().then(groupFacilities) };
    }
    return facilities.grouped;
  }

  /** The framework that holds in each municipality, kept until its adoption changes. */
  async function frameworksOf(municipalities: readonly string[]): Promise<Frameworks> {
    const revisions = await deps.repo.adoptionRevisions();
    const newest = deps.library.all().at(-1)!;
    const result: Frameworks = new Map();
    for (const code of new Set(municipalities)) {
      const revisie = revisions.get(code);
      if (revisie === undefined) {
        result.set(code, { framework: effectiveFramework(newest, null, code), adopted: false });
        continue;
      }
      let cached = adopted.get(code);
      if (cached?.revisie !== revisie) {
        const stored = (await deps.kaders.get(code))!;
        const baseline = deps.library.get(stored.adoption.framework);
        if (!baseline)
          throw new Error(`versie ${stored.adoption.framework} van het kader ontbreekt`);
        cached = {
          revisie: stored.revisie,
          framework: effectiveFramework(baseline, stored.adoption, code),
        };
        adopted.set(code, cached);
      }
      result.set(code, { framework: cached.framework, adopted: true });
    }
    return result;
  }

  function evaluateRow(
    row: LocatieRow,
    ground: {
      peildatum: string;
      framework: EffectiveFramework;
      table: RawTable;
      periods: readonly Period[];
      activities: readonly Activity[];
      facilities: Facilities;
    },
    audience: Audience,
  ) {
    const { locatie, gemeenteNaam } = row;
    const { peildatum, periods } = ground;
    const evaluations = evaluateLocation(
      ground.framework,
      {
        location: {
          code: locatie.code,
          status: locatie.status,
          capacity: locatie.capaciteit,
          openUntil: locatie.openTot,
          lat: locatie.lat,
          lon: locatie.lon,
          facts: locatie.feiten,
          periods,
        },
        indicators: ground.table,
        activities: ground.activities,
        facilities: ground.facilities,
      },
      peildatum,
      audience,
    );
    const current = typeAt(periods, peildatum);
    return {
      evaluations,
      result: {
        locatie: {
          code: locatie.code,
          naam: locatie.naam,
          gemeenteCode: locatie.gemeenteCode,
          gemeenteNaam,
          type: current?.type ?? 'onbekend',
          subtype: current?.subtype ?? null,
          status: locatie.status,
          capaciteit: locatie.capaciteit,
          openSinds: locatie.openSinds,
          openTot: locatie.openTot,
          adres: locatie.adres,
          postcode: locatie.postcode,
          plaats: locatie.plaats,
        },
        cijfers: audience === 'location-staff',
        uitkomsten: evaluations.map(toUitkomst),
        telling: countOutcomes(evaluations),
      },
    };
  }

  /**
   * Every location in `scope` that the actor may see, evaluated at the peildatum: one query per
   * kind of data for all of them, so that a whole country costs little more than one location.
   */
  async function evaluateScope(
    actor: Actor,
    scope: QueryScope,
    peildatum: string,
    audience: (code: string, municipality: string) => Audience = (code, municipality) =>
      audienceFor(actor, code, municipality),
  ) {
    const rows = (await locaties.list(scope)).filter(
      ({ locatie }) =>
        decide(actor, 'toetsing.lezen', {
          kind: 'location',
          code: locatie.code,
          municipality: locatie.gemeenteCode,
        }).allowed,
    );
    const codes = rows.map((row) => row.locatie.code);
    const [periods, activities, tables, grouped, frameworks] = await Promise.all([
      locaties.periods(codes),
      deps.activiteiten.list(scope),
      indicatoren.locationTables(peildatum),
      currentFacilities(),
      frameworksOf(rows.map((row) => row.locatie.gemeenteCode)),
    ]);
    const byLocation = new Map<string, Activity[]>();
    for (const a of activities) {
      const list = byLocation.get(a.locatie) ?? [];
      list.push(a);
      byLocation.set(a.locatie, list);
    }
    const evaluated = rows.map((row) => {
      const { locatie } = row;
      return evaluateRow(
        row,
        {
          peildatum,
          framework: frameworks.get(locatie.gemeenteCode)!.framework,
          // A location saved a moment ago by another process may not be in the prepared
          // journeys yet; it has none.
          table:
            tables.get(locatie.code) ??
            emptyRawTable(peildatum, { type: 'locatie', code: locatie.code }),
          periods: periods.get(locatie.code) ?? [],
          activities: byLocation.get(locatie.code) ?? [],
          facilities: grouped,
        },
        audience(locatie.code, locatie.gemeenteCode),
      );
    });
    return { evaluated, frameworks };
  }

  /** One location, after the permission check; a report passes `audience` 'outside'. */
  async function oneLocation(
    actor: Actor,
    code: string,
    rawPeildatum: string | undefined,
    audience?: Audience,
  ) {
    authorize(actor, 'toetsing.lezen');
    const municipality = await locaties.municipalityOf(code);
    if (municipality === null) throw notFound(`Er is geen locatie met code ${code}.`);
    authorize(actor, 'toetsing.lezen', { kind: 'location', code, municipality });
    const peildatum = await indicatoren.resolvePeildatum(rawPeildatum);
    const { evaluated, frameworks } = await evaluateScope(
      actor,
      { kind: 'locations', codes: [code] },
      peildatum,
      audience && (() => audience),
    );
    return { peildatum, ...evaluated[0]!, ...frameworks.get(municipality)! };
  }

  return {
    /** A location's scorecard: its figures for its own staff, outcomes only for others. */
    async location(
      actor: Actor,
      code: string,
      rawPeildatum?: string,
    ): Promise<z.infer<typeof Locatietoetsing>> {
      const {
        peildatum,
        result,
        framework,
        adopted: isAdopted,
      } = await oneLocation(actor, code, rawPeildatum);
      return { peildatum, kader: kaderOf(framework, isAdopted), ...result };
    },

    /**
     * Every location of a municipality that the actor may see, and the municipal norms. A
     * locatie account gets the rows of its own locations in the municipality.
     */
    async municipality(
      actor: Actor,
      code: string,
      rawPeildatum?: string,
    ): Promise<z.infer<typeof Gemeentetoetsing>> {
      authorize(actor, 'toetsing.lezen');
      const naam = await deps.kaders.municipalityName(code);
      if (naam === null) throw notFound(`Er is geen gemeente met code ${code}.`);
      const peildatum = await indicatoren.resolvePeildatum(rawPeildatum);
      const [{ evaluated }, frameworks, published] = await Promise.all([
        evaluateScope(actor, { kind: 'municipality', code }, peildatum),
        frameworksOf([code]),
        indicatoren.publishedSet(actor, peildatum),
      ]);
      if (!evaluated.length) authorize(actor, 'toetsing.lezen', { kind: 'municipality', code });
      const { framework, adopted: isAdopted } = frameworks.get(code)!;
      return {
        peildatum,
        gemeente: { code, naam },
        kader: kaderOf(framework, isAdopted),
        // No source for municipal facts or the Spreidingswet share yet: onbekend, never voldoet.
        gemeentenormen: evaluateMunicipality(framework, {
          published: published.municipal[code]!,
          facts: {},
          spreidingswetRealisation: null,
        }).map(toUitkomst),
        locaties: evaluated.map((e) => e.result),
      };
    },

    /**
     * Every location the actor may see, in the whole country: the matrix rows of all
     * municipalities at once (the benchmark's "every location of the demo data").
     */
    async everyLocation(actor: Actor, rawPeildatum?: string) {
      authorize(actor, 'toetsing.lezen');
      const peildatum = await indicatoren.resolvePeildatum(rawPeildatum);
      const { evaluated } = await evaluateScope(actor, { kind: 'all' }, peildatum);
      return { peildatum, locaties: evaluated.map((e) => e.result) };
    },

    /**
     * A location evaluated for a record that everyone in its scope reads (an assessment): its
     * sentences never quote the location's figures. The caller has checked its own permission.
     */
    async locationForRecord(code: string, peildatum: string) {
      const { framework, evaluations } = await oneLocation(OPERATOR, code, peildatum, 'outside');
      return { framework, evaluations };
    },

    /**
     * The locatietoets as a PDF for the council. A report leaves the location, so it never
     * quotes the location's figures, whoever makes it (domain.md, "Disclosure control").
     */
    async advicePdf(
      actor: Actor,
      code: string,
      rawPeildatum?: string,
    ): Promise<{ pdf: Buffer; fileName: string }> {
      const {
        peildatum,
        result,
        evaluations,
        framework,
        adopted: isAdopted,
      } = await oneLocation(actor, code, rawPeildatum, 'outside');
      await deps.audit.record({
        actor,
        actie: 'locatietoets.exporteren',
        objectSoort: 'locatie',
        objectId: code,
        uitkomst: 'gelukt',
        details: { peildatum, kader: framework.version },
      });
      const pdf = await advicePdf({
        peildatum,
        locatie: result.locatie,
        framework,
        adopted: isAdopted,
        evaluations,
        demo: deps.isDemo(),
      });
      return { pdf, fileName: `locatietoets-${code.replace(/[^\w.-]+/g, '_')}.pdf` };
    },
  };
}

export type ToetsingService = ReturnType<typeof createToetsingService>;
