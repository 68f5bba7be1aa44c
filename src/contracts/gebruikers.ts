import { z } from 'zod';
import { OrganisatieSoort, Rol } from './roles.js';

export const Gebruiker = z
  .object({
    id: z.number().int(),
    email: z.string(),
    rol: Rol,
    organisatie: z.object({ id: z.number().int(), naam: z.string(), soort: OrganisatieSoort }),
    locatieCodes: z.array(z.string()),
    demo: z.boolean(),
    laatstIngelogdOp: z.string().nullable(),
  })
  .meta({ id: 'Gebruiker' });
export type Gebruiker = z.infer<typeof Gebruiker>;

export const GebruikersLijst = z
  .object({ items: z.array(Gebruiker) })
  .meta({ id: 'GebruikersLijst' });
