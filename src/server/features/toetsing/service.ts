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
import type { Category } from '../../../domain/import/voorzieningen.js';
import type { RawTable } from '../../../domain/indicators/table.js';
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
import type { Gemeentetoetsing, Locatietoetsing, Uitkomst } from './schema.js';

type LocatieRow = NonNullable<Awaited<ReturnType<LocatiesRepo['get']>>>;

export interface ToetsingDeps {
  locaties: LocatiesRepo;
  activiteiten: ActiviteitenRepo;
  voorzieningen: VoorzieningenRepo;
  kaders: KadersRepo;
  library: FrameworkLibrary;
  indicatoren: IndicatorenService;
  audit: AuditService;
  isDemo: () => boolean;
}

/** What one evaluation needs besides the location: the same for every location of a municipality. */
interface Ground {
  peildatum: string;
  framework: EffectiveFramework;
  tables: ReadonlyMap<string, RawTable>;
  facilities: Facilities;
}

const WHOLE_COUNTRY: QueryScope = { kind: 'all' };

/**
 * Who reads a location's figures in its evaluation: its own staff, and the local operator;
 * everyone else reads its indicator norms without numbers (domain.md, "Disclosure control").
 */
function audienceFor(actor: Actor, code: string, municipality: string): Audience {
  const own = decide(actor, 'indicatoren.locatie-lezen', { kind: 'location', code, municipality });
  return own.allowed ? 'location-staff' : 'outside';
}

function groupFacilities(rows: { categorie: Category; naam: string; lat: number; lon: number }[]) {
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

  async function frameworkOf(municipality: string) {
    const stored = await deps.kaders.get(municipality);
    const baseline = stored
      ? deps.library.get(stored.adoption.framework)
      : deps.library.all().at(-1);
    if (!baseline) throw new Error(`versie ${stored?.adoption.framework} van het kader ontbreekt`);
    return {
      framework: effectiveFramework(baseline, stored?.adoption ?? null, municipality),
      adopted: stored !== null,
    };
  }

  async function ground(municipality: string, rawPeildatum: string | undefined) {
    const peildatum = await indicatoren.resolvePeildatum(rawPeildatum);
    const [{ framework, adopted }, tables, facilities] = await Promise.all([
      frameworkOf(municipality),
      indicatoren.locationTables(peildatum),
      deps.voorzieningen.current(),
    ]);
    const base: Ground = { peildatum, framework, tables, facilities: groupFacilities(facilities) };
    return { ...base, adopted };
  }

  function evaluate(
    g: Ground,
    row: LocatieRow,
    periods: readonly Period[],
    activities: readonly Activity[],
    audience: Audience,
  ) {
    const { locatie, gemeenteNaam } = row;
    const evaluations = evaluateLocation(
      g.framework,
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
        indicators: g.tables.get(locatie.code)!,
        activities,
        facilities: g.facilities,
      },
      g.peildatum,
      audience,
    );
    const current = typeAt(periods, g.peildatum);
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

  const activitiesBy = (activities: Activity[]) => {
    const map = new Map<string, Activity[]>();
    for (const a of activities) map.set(a.locatie, [...(map.get(a.locatie) ?? []), a]);
    return map;
  };

  /** One location, after the permission check: its row, ground and activities. */
  async function oneLocation(actor: Actor, code: string, rawPeildatum: string | undefined) {
    authorize(actor, 'toetsing.lezen');
    const municipality = await locaties.municipalityOf(code);
    if (municipality === null) throw notFound(`Er is geen locatie met code ${code}.`);
    authorize(actor, 'toetsing.lezen', { kind: 'location', code, municipality });
    const [row, periods, g, activities] = await Promise.all([
      locaties.get(code, WHOLE_COUNTRY),
      locaties.periods([code]),
      ground(municipality, rawPeildatum),
      deps.activiteiten.list({ kind: 'locations', codes: [code] }),
    ]);
    return { row: row!, periods: periods.get(code) ?? [], g, activities, municipality };
  }

  return {
    /** A location's scorecard: its figures for its own staff, outcomes only for others. */
    async location(
      actor: Actor,
      code: string,
      rawPeildatum?: string,
    ): Promise<z.infer<typeof Locatietoetsing>> {
      const { row, periods, g, activities, municipality } = await oneLocation(
        actor,
        code,
        rawPeildatum,
      );
      const { result } = evaluate(
        g,
        row,
        periods,
        activities,
        audienceFor(actor, code, municipality),
      );
      return { peildatum: g.peildatum, kader: kaderOf(g.framework, g.adopted), ...result };
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
      const rows = (await locaties.list({ kind: 'municipality', code })).filter(
        (row) =>
          decide(actor, 'toetsing.lezen', {
            kind: 'location',
            code: row.locatie.code,
            municipality: code,
          }).allowed,
      );
      if (!rows.length) authorize(actor, 'toetsing.lezen', { kind: 'municipality', code });
      const codes = rows.map((row) => row.locatie.code);
      const [g, periods, activities, published] = await Promise.all([
        ground(code, rawPeildatum),
        locaties.periods(codes),
        deps.activiteiten.list({ kind: 'locations', codes }),
        indicatoren.publishedSet(actor, rawPeildatum),
      ]);
      const byLocation = activitiesBy(activities);
      const table = published.municipal[code];
      if (!table) throw notFound(`Er is geen gemeente met code ${code}.`);
      return {
        peildatum: g.peildatum,
        gemeente: { code, naam },
        kader: kaderOf(g.framework, g.adopted),
        // No source for municipal facts or the Spreidingswet share yet: onbekend, never voldoet.
        gemeentenormen: evaluateMunicipality(g.framework, {
          published: table,
          facts: {},
          spreidingswetRealisation: null,
        }).map(toUitkomst),
        locaties: rows.map(
          (row) =>
            evaluate(
              g,
              row,
              periods.get(row.locatie.code) ?? [],
              byLocation.get(row.locatie.code) ?? [],
              audienceFor(actor, row.locatie.code, code),
            ).result,
        ),
      };
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
      const { row, periods, g, activities } = await oneLocation(actor, code, rawPeildatum);
      const { evaluations, result } = evaluate(g, row, periods, activities, 'outside');
      await deps.audit.record({
        actor,
        actie: 'locatietoets.exporteren',
        objectSoort: 'locatie',
        objectId: code,
        uitkomst: 'gelukt',
        details: { peildatum: g.peildatum, kader: g.framework.version },
      });
      const pdf = await advicePdf({
        peildatum: g.peildatum,
        locatie: result.locatie,
        framework: g.framework,
        adopted: g.adopted,
        evaluations,
        demo: deps.isDemo(),
      });
      return { pdf, fileName: `locatietoets-${code.replace(/[^\w.-]+/g, '_')}.pdf` };
    },
  };
}

export type ToetsingService = ReturnType<typeof createToetsingService>;
