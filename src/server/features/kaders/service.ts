import type { z } from 'zod';
import type { FieldError } from '../../../contracts/problem.js';
import type { Db } from '../../../db/client.js';
import { type Adoption, checkAdoption } from '../../../domain/framework/adoption.js';
import type { Issue } from '../../../domain/framework/check.js';
import type { Framework } from '../../../domain/framework/model.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { invalid, notFound, ProblemError } from '../../problem.js';
import type { AuditService } from '../audit/service.js';
import { adoptionChanges } from './changes.js';
import type { FrameworkLibrary } from './library.js';
import { createKadersRepo, type KadersRepo } from './repo.js';
import { AdoptionDocument, type GemeenteKaderStand, type KaderVersies } from './schema.js';
import { formatLineIssue, readYaml, writeYaml } from './yaml.js';

type Stand = z.infer<typeof GemeenteKaderStand>;

/**
 * Everything wrong with an adoption, by field path: whose it is (when `code` is given), whether
 * its version exists, and the domain's rules against that version.
 */
function adoptionProblems(
  library: FrameworkLibrary,
  adoption: Adoption,
  code: string | null,
): Issue[] {
  if (code !== null && adoption.municipality !== undefined && adoption.municipality !== code) {
    return [
      {
        path: ['municipality'],
        message: `dit kader is van ${adoption.municipality}, niet van ${code}; pas municipality aan of laat het weg`,
      },
    ];
  }
  const baseline = library.get(adoption.framework);
  if (!baseline) {
    const versions = library.all().map((f) => f.version);
    return [
      {
        path: ['framework'],
        message: `versie ${adoption.framework} bestaat niet; kies uit ${versions.join(', ')}`,
      },
    ];
  }
  return checkAdoption(baseline, adoption);
}

/** Reads an adoption file: its shape, then `adoptionProblems`, each problem with its line. */
export function readAdoption(library: FrameworkLibrary, text: string, code: string | null) {
  return readYaml<Adoption>(text, AdoptionDocument, (adoption) =>
    adoptionProblems(library, adoption, code),
  );
}

/** How an adoption reached the server: the web's forms (JSON) or a YAML file. */
type Via = 'formulier' | 'yaml';

/**
 * The framework versions (public) and each municipality's adoption of one: read by every
 * account, changed only by the municipality itself, every change audited with what changed.
 */
export function createKadersService(
  db: Db,
  library: FrameworkLibrary,
  auditFor: (db: Db) => AuditService,
  now: () => Date,
) {
  const repo: KadersRepo = createKadersRepo(db);

  async function municipalityName(code: string): Promise<string> {
    const naam = await repo.municipalityName(code);
    if (naam === null) throw notFound(`Er is geen gemeente met code ${code}.`);
    return naam;
  }

  async function authorizeWrite(actor: Actor, code: string): Promise<void> {
    authorize(actor, 'gemeentekader.wijzigen');
    await municipalityName(code);
    authorize(actor, 'gemeentekader.wijzigen', { kind: 'municipality', code });
  }

  /** The stored adoption in the file's shape and key order. */
  async function stored(code: string) {
    const found = await repo.get(code);
    if (!found) return null;
    return { ...found, adoption: AdoptionDocument.parse(found.adoption) as Adoption };
  }

  async function stand(code: string): Promise<Stand> {
    const [naam, found] = await Promise.all([municipalityName(code), stored(code)]);
    return {
      gemeente: { code, naam },
      kader: found?.adoption ?? null,
      revisie: found?.revisie ?? 0,
      gewijzigdOp: found?.gewijzigdOp.toISOString() ?? null,
      gewijzigdDoor: found?.gewijzigdDoor ?? null,
    };
  }

  async function write(
    actor: Actor,
    code: string,
    adoption: Adoption,
    expected: number | null,
    via: Via,
  ): Promise<Stand> {
    const { municipality: _, ...rest } = adoption;
    const next: Adoption = { municipality: code, ...rest };
    await db.transaction(async (tx) => {
      const txRepo = createKadersRepo(tx);
      const previous = (await txRepo.get(code))?.adoption ?? null;
      const revisie = await txRepo.replace(code, next, {
        expected,
        door: actor.kind === 'user' ? actor.email : null,
        at: now(),
      });
      if (revisie === null) {
        throw new ProblemError(
          409,
          'gewijzigd',
          'Intussen gewijzigd',
          'Het kader van deze gemeente is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en breng uw wijziging opnieuw aan.',
        );
      }
      await auditFor(tx).record({
        actor,
        actie: 'gemeentekader.wijzigen',
        objectSoort: 'gemeente',
        objectId: code,
        uitkomst: 'gelukt',
        details: {
          via,
          versie: next.framework,
          revisie,
          wijzigingen: adoptionChanges(previous, next),
        },
      });
    });
    return stand(code);
  }

  return {
    versions(actor: Actor): z.infer<typeof KaderVersies> {
      authorize(actor, 'kaders.lezen');
      return {
        items: library.all().map((f) => ({
          version: f.version,
          title: f.title,
          description: f.description,
          themes: f.themes.length,
          norms: f.themes.reduce((sum, theme) => sum + theme.norms.length, 0),
        })),
      };
    },

    framework(actor: Actor, version: string): Framework {
      authorize(actor, 'kaders.lezen');
      const framework = library.get(version);
      if (!framework) throw notFound(`Er is geen versie ${version} van het kwaliteitskader.`);
      return framework;
    },

    async adoption(actor: Actor, code: string): Promise<Stand> {
      authorize(actor, 'gemeentekader.lezen');
      return stand(code);
    },

    /** Replaces the adoption with the one from the web's forms (or any JSON client). */
    async adopt(
      actor: Actor,
      code: string,
      input: { kader: Adoption; revisie?: number },
    ): Promise<Stand> {
      await authorizeWrite(actor, code);
      const problems = adoptionProblems(library, input.kader, code);
      if (problems.length) {
        throw invalid(
          problems.map((p) => ({ path: `body.kader.${p.path.join('.')}`, message: p.message })),
          'Het kader is niet opgeslagen.',
        );
      }
      return write(actor, code, input.kader, input.revisie ?? null, 'formulier');
    },

    /** The adoption as a YAML file, to keep, share or edit and read in again. */
    async exportYaml(actor: Actor, code: string): Promise<{ yaml: string; fileName: string }> {
      authorize(actor, 'gemeentekader.lezen');
      const naam = await municipalityName(code);
      const found = await stored(code);
      if (!found)
        throw notFound(
          `Gemeente ${naam} heeft nog geen versie van het kwaliteitskader aangenomen.`,
        );
      await auditFor(db).record({
        actor,
        actie: 'gemeentekader.exporteren',
        objectSoort: 'gemeente',
        objectId: code,
        uitkomst: 'gelukt',
        details: { versie: found.adoption.framework, revisie: found.revisie },
      });
      const comment = [
        `Lokaal kwaliteitskader van gemeente ${naam} (${code}), op basis van versie ${found.adoption.framework}.`,
        `Revisie ${found.revisie}, laatst gewijzigd op ${found.gewijzigdOp.toISOString()}.`,
        'Inlezen: PUT /api/v1/gemeenten/{code}/kader.yaml, of de pagina Kwaliteitskader van de gemeente.',
        'Het formaat staat in docs/kwaliteitskader.md.',
      ].join('\n');
      return { yaml: writeYaml(found.adoption, comment), fileName: `kader-${code}.yaml` };
    },

    /**
     * Reads a YAML file in as the municipality's adoption: all or nothing, every problem with
     * its line.
     */
    async importYaml(actor: Actor, code: string, text: string): Promise<Stand> {
      await authorizeWrite(actor, code);
      const result = readAdoption(library, text, code);
      if (!result.ok) {
        const errors: FieldError[] = result.issues.map((issue) => ({
          path: ['body', ...issue.path].join('.'),
          message: formatLineIssue(issue),
        }));
        throw invalid(
          errors,
          `Het kader is niet ingelezen: ${errors.length === 1 ? 'er is 1 fout' : `er zijn ${errors.length} fouten`}.`,
        );
      }
      return write(actor, code, result.value, null, 'yaml');
    },
  };
}

export type KadersService = ReturnType<typeof createKadersService>;
