/**
 * The dashboards' view of the municipalities: each one's headline figures from the published
 * set, for the map and the sortable table. Only the published set is read, so that what is
 * shown here is what everyone may see (domain.md, disclosure control).
 */
import type { GemeentenOverzicht } from '../../../contracts/dashboard.js';
import { HEADLINES, headlinesOf } from '../../../domain/indicators/headline.js';
import type { Actor } from '../../../domain/permissions.js';
import { type ExportFormat, type ExportTable, markedAsDemo } from '../../exports.js';
import type { AuditService } from '../audit/service.js';
import type { GemeentenRepo } from '../gemeenten/repo.js';
import type { IndicatorenService } from '../indicatoren/service.js';

/** More than the 342 of the shipped division, so that none is ever left out. */
const ALL_MUNICIPALITIES = 1000;

const LABELS: Record<(typeof HEADLINES)[number]['key'], string> = {
  kinderen: 'Kinderen in de opvang',
  aandeelInNood: 'Aandeel in noodopvang',
  amvInNood: 'Alleenstaande minderjarigen in noodopvang',
  aandeelTweeOverplaatsingen: 'Aandeel met 2 of meer overplaatsingen in 12 maanden',
  dagenTotSchool: 'Mediane dagen tot school',
  dagenInNood: 'Mediane dagen in noodopvang',
};

export function createDashboardService(
  indicatoren: IndicatorenService,
  gemeenten: GemeentenRepo,
  audit: AuditService,
  isDemo: () => boolean,
) {
  async function overview(actor: Actor, peildatum?: string): Promise<GemeentenOverzicht> {
    const set = await indicatoren.publishedSet(actor, peildatum);
    const { rows } = await gemeenten.search(null, 0, ALL_MUNICIPALITIES);
    return {
      peildatum: set.peildatum,
      items: rows
        .filter((row) => set.municipal[row.code])
        .map((row) => ({
          code: row.code,
          naam: row.naam,
          provincie: row.provincieNaam,
          kerncijfers: headlinesOf(set.municipal[row.code]!),
        })),
    };
  }

  return {
    overview,

    async exportOverview(actor: Actor, peildatum: string | undefined, format: ExportFormat) {
      const data = await overview(actor, peildatum);
      const table: ExportTable = {
        title: 'Gemeenten',
        columns: [
          'Peildatum',
          'Gemeentecode',
          'Gemeente',
          'Provincie',
          ...HEADLINES.map((h) => LABELS[h.key]),
        ],
        rows: data.items.map((item) => [
          data.peildatum,
          item.code,
          item.naam,
          item.provincie,
          ...HEADLINES.map((h) => item.kerncijfers[h.key]),
        ]),
      };
      await audit.record({
        actor,
        actie: 'dashboard.gemeenten-exporteren',
        objectSoort: 'publicatieset',
        objectId: data.peildatum,
        uitkomst: 'gelukt',
        details: { formaat: format, gemeenten: data.items.length },
      });
      return {
        table: isDemo() ? markedAsDemo(table) : table,
        name: `kindkader-gemeenten-${data.peildatum}`,
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
