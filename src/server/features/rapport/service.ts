import type { GemeenteVerbeteractieDto } from '../../../contracts/verbeteracties.js';
import { amsterdamDate } from '../../../domain/dates.js';
import { typeAt } from '../../../domain/framework/evaluate.js';
import { normsOf } from '../../../domain/framework/model.js';
import { SUBTYPE_NAMES } from '../../../domain/framework/wording.js';
import { LOCATIE_TYPES, SUBTYPES } from '../../../domain/import/locaties.js';
import { type Action, type Actor, decide, scopeOf } from '../../../domain/permissions.js';
import { type ActionItem, sortActions } from '../../../domain/rapport/actions.js';
import { typeLabel } from '../../../domain/rapport/figures.js';
import {
  type LocationOutcomes,
  type ReportModel,
  reportModel,
  type Visible,
} from '../../../domain/rapport/model.js';
import { authorize } from '../../authorize.js';
import { notFound } from '../../problem.js';
import type { AuditService } from '../audit/service.js';
import { type IndicatorenService, MAX_MONTHS } from '../indicatoren/service.js';
import type { LocatiesRepo } from '../locaties/repo.js';
import type { ToetsingService } from '../toetsing/service.js';
import { rapportPdf } from './pdf.js';
import type { RapportRepo } from './repo.js';

export interface RapportDeps {
  repo: RapportRepo;
  locaties: LocatiesRepo;
  indicatoren: IndicatorenService;
  toetsing: Pick<ToetsingService, 'locationForRecord'>;
  audit: AuditService;
  isDemo: () => boolean;
  now: () => Date;
}

type ActionRow = Awaited<ReturnType<RapportRepo['actions']>>[number];

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

function typeText(type: string | undefined, subtype: string | null | undefined): string | null {
  if (!type) return null;
  const name = isOneOf(LOCATIE_TYPES, type) ? typeLabel(type) : type;
  const building = subtype ?? null;
  return isOneOf(SUBTYPES, building) ? `${name} in een ${SUBTYPE_NAMES[building].nl}` : name;
}

const toDto = (row: ActionRow): GemeenteVerbeteractieDto => ({
  id: row.id,
  locatie: { code: row.locatieCode, naam: row.locatieNaam },
  beoordeling: {
    id: row.beoordelingId,
    van: row.van,
    tot: row.tot,
    status: row.beoordelingStatus,
  },
  norm: row.normId
    ? { id: row.normId, titel: row.normTitel ?? { nl: row.normId, en: row.normId } }
    : null,
  omschrijving: row.omschrijving,
  eigenaar: row.eigenaar,
  deadline: row.deadline,
  status: row.status,
});

const asItem = (a: GemeenteVerbeteractieDto): ActionItem => ({
  ...a,
  norm: a.norm && { id: a.norm.id, titel: a.norm.titel.nl },
});

/**
 * The council report (raadsrapportage) of a municipality at a peildatum, and the municipality's
 * improvement actions. The report holds published figures only, so whoever may read the
 * published indicators may make it; the evaluation of the locations and the improvement actions
 * go in only for a reader who may see them, and then as readers outside a location see them.
 */
export function createRapportService(deps: RapportDeps) {
  const { repo, indicatoren } = deps;

  async function municipalityName(code: string): Promise<string> {
    const naam = await repo.municipalityName(code);
    if (naam === null) throw notFound(`Er is geen gemeente met code ${code}.`);
    return naam;
  }

  /**
   * Whether the actor reads `action` for the whole municipality, for some of its locations (a
   * location's staff: `partial`), or not at all.
   */
  async function reach(actor: Actor, action: Action, code: string) {
    if (!decide(actor, action).allowed) return { shown: false as const };
    if (decide(actor, action, { kind: 'municipality', code }).allowed)
      return { shown: true as const, partial: false };
    const own = await repo.locationCodes(code, scopeOf(actor));
    const visible = own.some(
      (c) => decide(actor, action, { kind: 'location', code: c, municipality: code }).allowed,
    );
    return visible ? { shown: true as const, partial: true } : { shown: false as const };
  }

  async function actionRows(actor: Actor, code: string) {
    const rows = await repo.actions(code, scopeOf(actor));
    return sortActions(rows.map(toDto).map((dto) => ({ ...asItem(dto), dto }))).map((a) => a.dto);
  }

  /** Each location of the municipality the actor may see, evaluated for readers outside it. */
  async function locationOutcomes(
    actor: Actor,
    code: string,
    peildatum: string,
  ): Promise<Visible<LocationOutcomes>> {
    const scope = await reach(actor, 'toetsing.lezen', code);
    if (!scope.shown) return scope;
    const rows = (await deps.locaties.list({ kind: 'municipality', code })).filter(
      ({ locatie }) =>
        decide(actor, 'toetsing.lezen', {
          kind: 'location',
          code: locatie.code,
          municipality: code,
        }).allowed,
    );
    const periods = await deps.locaties.periods(rows.map((r) => r.locatie.code));
    const items: LocationOutcomes[] = [];
    // One at a time: the database answers one query at a time anyway, and the indicator tables
    // of the peildatum are computed once, for the first.
    for (const { locatie } of rows) {
      const { framework, evaluations } = await deps.toetsing.locationForRecord(
        locatie.code,
        peildatum,
      );
      const current = typeAt(periods.get(locatie.code) ?? [], peildatum);
      items.push({
        code: locatie.code,
        naam: locatie.naam,
        type: typeText(current?.type, current?.subtype),
        status: locatie.status,
        evaluations,
        titles: new Map(normsOf(framework).map(({ norm }) => [norm.id, norm.title.nl])),
      });
    }
    return { shown: true, partial: scope.partial, items };
  }

  async function build(actor: Actor, code: string, rawPeildatum?: string) {
    authorize(actor, 'indicatoren.lezen');
    const naam = await municipalityName(code);
    const peildatum = await indicatoren.resolvePeildatum(rawPeildatum);
    const set = await indicatoren.publishedSet(actor, peildatum);
    const municipal = set.municipal[code];
    if (!municipal) throw notFound(`Er is geen gemeente met code ${code}.`);
    const gemeenteReeks = await indicatoren.series(actor, code, peildatum, MAX_MONTHS);
    const landReeks = await indicatoren.series(actor, 'all', peildatum, MAX_MONTHS);
    const locations = await locationOutcomes(actor, code, peildatum);
    const actionScope = await reach(actor, 'beoordelingen.lezen', code);
    const actions: Visible<ActionItem> = actionScope.shown
      ? { ...actionScope, items: (await actionRows(actor, code)).map(asItem) }
      : actionScope;
    const content = reportModel({
      gemeente: { code, naam },
      peildatum,
      madeOn: amsterdamDate(deps.now()),
      municipal,
      national: set.national,
      series: { municipal: gemeenteReeks.items, national: landReeks.items },
      locations,
      actions,
      demo: deps.isDemo(),
    });
    return { peildatum, content };
  }

  return {
    /** What the report says, before layout: for the PDF, and for tests of what it may contain. */
    async model(actor: Actor, code: string, rawPeildatum?: string): Promise<ReportModel> {
      return (await build(actor, code, rawPeildatum)).content;
    },

    /** The report as a PDF; every download is audited as an export. */
    async pdf(actor: Actor, code: string, rawPeildatum?: string) {
      const { peildatum, content } = await build(actor, code, rawPeildatum);
      const pdf = await rapportPdf(content);
      await deps.audit.record({
        actor,
        actie: 'raadsrapportage.exporteren',
        objectSoort: 'gemeente',
        objectId: code,
        uitkomst: 'gelukt',
        details: {
          peildatum,
          toetsing: content.compliance.locations.length,
          verbeteracties: content.actions.rows.length,
        },
      });
      return {
        pdf,
        fileName: `raadsrapportage-${code}-${peildatum}.pdf`,
        peildatum,
        subject: content.cover.subtitle,
      };
    },

    /** The municipality's improvement actions, for the roles and scope that read assessments. */
    async actions(actor: Actor, code: string) {
      authorize(actor, 'beoordelingen.lezen');
      const naam = await municipalityName(code);
      const scope = await reach(actor, 'beoordelingen.lezen', code);
      if (!scope.shown) authorize(actor, 'beoordelingen.lezen', { kind: 'municipality', code });
      return { gemeente: { code, naam }, items: await actionRows(actor, code) };
    },
  };
}

export type RapportService = ReturnType<typeof createRapportService>;
