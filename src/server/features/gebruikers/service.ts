import { z } from 'zod';
import type { Gebruiker } from '../../../contracts/gebruikers.js';
import { Rol } from '../../../contracts/roles.js';
import { WACHTWOORD_MINIMUM } from '../../../contracts/sessie.js';
import type { Actor } from '../../../domain/permissions.js';
import { authorize } from '../../authorize.js';
import { hashPassword } from '../../passwords.js';
import { invalid } from '../../problem.js';
import type { AuditService } from '../audit/service.js';
import type { GemeentenService } from '../gemeenten/service.js';
import type { GebruikersRepo, OrganisationKind, UserRecord } from './repo.js';

export const NewUser = z.object({
  email: z.email('geen geldig e-mailadres').transform((e) => e.toLowerCase()),
  rol: Rol,
  organisatie: z.string().trim().min(1, 'vul een organisatie in'),
  organisatieSoort: z.enum(['gemeente', 'coa', 'operator', 'monitor', 'beheer']).optional(),
  locaties: z.array(z.string().trim().min(1)).default([]),
  wachtwoord: z
    .string()
    .min(WACHTWOORD_MINIMUM, `een wachtwoord heeft minstens ${WACHTWOORD_MINIMUM} tekens`),
  demo: z.boolean().default(false),
});
export type NewUser = z.input<typeof NewUser>;

const DEFAULT_KIND: Record<z.infer<typeof Rol>, OrganisationKind> = {
  beheerder: 'beheer',
  gemeente: 'gemeente',
  locatie: 'coa',
  monitor: 'monitor',
};

/** The actor a logged-in user acts as: its role and the scope its organisation gives it. */
export function actorFor(user: UserRecord): Actor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    role: user.rol,
    organisationId: user.organisatie.id,
    municipality: user.rol === 'gemeente' ? user.organisatie.gemeenteCode : null,
    locations: user.rol === 'locatie' ? user.locatieCodes : [],
  };
}

export function toGebruiker(user: UserRecord): Gebruiker {
  return {
    id: user.id,
    email: user.email,
    rol: user.rol,
    organisatie: {
      id: user.organisatie.id,
      naam: user.organisatie.naam,
      soort: user.organisatie.soort,
    },
    locatieCodes: user.locatieCodes,
    demo: user.demo,
    laatstIngelogdOp: user.laatstIngelogdOp?.toISOString() ?? null,
  };
}

export function createGebruikersService(
  repo: GebruikersRepo,
  gemeenten: GemeentenService,
  audit: AuditService,
) {
  return {
    async create(actor: Actor, input: NewUser): Promise<Gebruiker> {
      authorize(actor, 'gebruikers.beheren');
      const parsed = NewUser.safeParse(input);
      if (!parsed.success) {
        throw invalid(
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      }
      const user = parsed.data;
      if (await repo.byEmail(user.email)) {
        throw invalid([
          { path: 'email', message: `er is al een account met e-mailadres ${user.email}` },
        ]);
      }
      const soort = user.organisatieSoort ?? DEFAULT_KIND[user.rol];
      let naam = user.organisatie;
      let gemeenteCode: string | null = null;
      if (user.rol === 'gemeente' || soort === 'gemeente') {
        const resolution = await gemeenten.resolve(user.organisatie);
        if (!resolution.ok) {
          const message =
            resolution.reason === 'ambiguous'
              ? `'${user.organisatie}' is dubbelzinnig; kies een van ${resolution.candidates.join(', ')}`
              : `'${user.organisatie}' is geen bekende gemeente (gebruik de CBS-code, bijvoorbeeld GM0363)`;
          throw invalid([{ path: 'organisatie', message }]);
        }
        gemeenteCode = resolution.code;
        naam = `Gemeente ${(await gemeenten.get(actor, resolution.code)).naam}`;
      }
      if (user.rol === 'gemeente' && soort !== 'gemeente') {
        throw invalid([
          {
            path: 'organisatieSoort',
            message: 'een account met rol gemeente hoort bij een gemeente',
          },
        ]);
      }
      if (user.rol !== 'locatie' && user.locaties.length) {
        throw invalid([
          { path: 'locaties', message: 'alleen een account met rol locatie heeft locaties' },
        ]);
      }
      const org = await repo.organisation(soort, naam, gemeenteCode);
      const id = await repo.insert({
        email: user.email,
        wachtwoordHash: await hashPassword(user.wachtwoord),
        rol: user.rol,
        organisatieId: org.id,
        demo: user.demo,
        locatieCodes: [...new Set(user.locaties)],
      });
      await audit.record({
        actor,
        actie: 'gebruiker.toevoegen',
        objectSoort: 'gebruiker',
        objectId: String(id),
        uitkomst: 'gelukt',
        details: { email: user.email, rol: user.rol, organisatie: org.naam, demo: user.demo },
      });
      return toGebruiker((await repo.byId(id))!);
    },

    async list(actor: Actor): Promise<Gebruiker[]> {
      authorize(actor, 'gebruikers.lezen');
      return (await repo.list()).map(toGebruiker);
    },
  };
}

export type GebruikersService = ReturnType<typeof createGebruikersService>;
