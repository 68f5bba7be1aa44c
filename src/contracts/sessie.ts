import { z } from 'zod';
import { OrganisatieSoort, Rol } from './roles.js';

export const Inloggen = z
  .object({
    email: z.string().trim().min(1, 'vul een e-mailadres in').max(254),
    wachtwoord: z.string().min(1, 'vul een wachtwoord in').max(1024),
  })
  .meta({ id: 'Inloggen' });
export type Inloggen = z.infer<typeof Inloggen>;

export const Bereik = z
  .object({
    soort: z.enum(['alles', 'gemeente', 'locaties', 'landelijk']),
    gemeenteCode: z.string().nullable(),
    gemeenteNaam: z.string().nullable(),
    locatieCodes: z.array(z.string()),
    kindgegevens: z
      .boolean()
      .describe('Of dit account gepseudonimiseerde gegevens per kind mag zien'),
  })
  .meta({ id: 'Bereik' });
export type Bereik = z.infer<typeof Bereik>;

export const Sessie = z
  .object({
    gebruiker: z.object({
      id: z.number().int(),
      email: z.string(),
      rol: Rol,
      demo: z.boolean(),
    }),
    organisatie: z.object({ id: z.number().int(), naam: z.string(), soort: OrganisatieSoort }),
    bereik: Bereik,
    csrfToken: z.string().describe('Stuur mee als header X-CSRF-Token bij elk wijzigend verzoek'),
    verlooptOp: z
      .string()
      .describe('Tijdstip (ISO 8601) waarop de sessie verloopt zonder activiteit'),
  })
  .meta({ id: 'Sessie' });
export type Sessie = z.infer<typeof Sessie>;

export const WACHTWOORD_MINIMUM = 12;

export const WachtwoordWijzigen = z
  .object({
    huidigWachtwoord: z.string().min(1, 'vul uw huidige wachtwoord in').max(1024),
    nieuwWachtwoord: z
      .string()
      .min(WACHTWOORD_MINIMUM, `een wachtwoord heeft minstens ${WACHTWOORD_MINIMUM} tekens`)
      .max(1024, 'een wachtwoord heeft hoogstens 1024 tekens'),
  })
  .meta({ id: 'WachtwoordWijzigen' });
export type WachtwoordWijzigen = z.infer<typeof WachtwoordWijzigen>;
