import type { Readable } from 'node:stream';
import type { Batch, ImportRapport, ImportSoort } from '../../../contracts/imports.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { forbidden, notFound, ProblemError } from '../../problem.js';
import type { AuditService } from '../audit/service.js';
import type { Format, ImportEngine, ImportOptions } from './engine.js';
import { type BatchRow, createImportsRepo } from './repo.js';

function toBatch(row: BatchRow): Batch {
  return {
    id: row.id,
    soort: row.soort,
    bestandsnaam: row.bestandsnaam,
    sha256: row.sha256,
    door: row.actorEmail ?? row.actorSoort,
    aangemaaktOp: row.aangemaaktOp.toISOString(),
    teruggedraaidOp: row.teruggedraaidOp?.toISOString() ?? null,
    telling: row.telling,
  };
}

export function createImportsService(
  db: Db,
  engine: ImportEngine,
  formats: Record<ImportSoort, Format | undefined>,
  auditFor: (db: Db) => AuditService,
  now: () => Date,
) {
  const repo = createImportsRepo(db);
  /** Told after every write and rollback: derived figures cached elsewhere are then stale. */
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const formatFor = (soort: ImportSoort): Format => {
    const format = formats[soort];
    if (!format)
      throw new ProblemError(
        501,
        'nog-niet',
        'Nog niet beschikbaar',
        `Importeren van ${soort} is nog niet beschikbaar.`,
      );
    return format;
  };

  /** The batches an actor may see and roll back: all for the operator, else its organisation's. */
  const organisationOf = (actor: Actor): number | null =>
    actor.kind === 'user' && actor.role !== 'beheerder' ? actor.organisationId : null;

  return {
    async run(
      actor: Actor,
      soort: ImportSoort,
      source: Readable,
      options: ImportOptions,
    ): Promise<ImportRapport> {
      const report = await engine.run(actor, formatFor(soort), source, options);
      if (report.geschreven) changed();
      return report;
    },

    onChange(listener: () => void): void {
      listeners.add(listener);
    },

    async list(actor: Actor): Promise<Batch[]> {
      authorize(actor, 'imports.lezen');
      return (await repo.list(organisationOf(actor))).map(toBatch);
    },

    async rollback(actor: Actor, batchId: number): Promise<Batch> {
      authorize(actor, 'imports.terugdraaien');
      const batch = await repo.byId(batchId);
      const organisation = organisationOf(actor);
      if (!batch) throw notFound(`Er is geen importbatch ${batchId}.`);
      if (organisation !== null && !(await repo.list(organisation)).some((b) => b.id === batchId)) {
        throw forbidden('Deze batch is niet door uw organisatie ingelezen.');
      }
      if (batch.teruggedraaidOp) {
        throw new ProblemError(
          409,
          'al-teruggedraaid',
          'Al teruggedraaid',
          `Batch ${batchId} is al teruggedraaid.`,
        );
      }
      const format = formatFor(batch.soort);
      await db.transaction(async (tx) => {
        const { dependents } = await format.rollback(tx, batchId);
        if (dependents.length) {
          throw new ProblemError(
            409,
            'afhankelijke-batches',
            'Terugdraaien geweigerd',
            `Batch ${batchId} kan niet worden teruggedraaid: de batches ${dependents.join(', ')} bouwen erop voort. Draai die eerst terug.`,
          );
        }
        await createImportsRepo(tx).markRolledBack(batchId, now());
        await auditFor(tx).record({
          actor,
          actie: `import.terugdraaien`,
          objectSoort: 'import_batch',
          objectId: String(batchId),
          uitkomst: 'gelukt',
          details: { soort: batch.soort, bestandsnaam: batch.bestandsnaam },
        });
      });
      changed();
      return toBatch((await repo.byId(batchId))!);
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
