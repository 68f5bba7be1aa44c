import { z } from 'zod';

export const Pseudoniem = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'een pseudoniem bestaat uit 32 tekens 0-9 en a-f')
  .describe('Gepseudonimiseerde id van een kind (HMAC); nooit de id van de bron');

export const KindSamenvatting = z
  .object({
    pseudoniem: z.string(),
    geboortemaand: z.string(),
    leeftijd: z.number().int(),
    amv: z.boolean().nullable(),
    locatie: z.string(),
    sinds: z.string().describe('Begin van het huidige verblijf'),
  })
  .meta({ id: 'KindSamenvatting' });

export const KindLijst = z
  .object({ peildatum: z.string(), items: z.array(KindSamenvatting) })
  .meta({ id: 'KindLijst' });

export const Kind = z
  .object({
    pseudoniem: z.string(),
    geboortemaand: z.string(),
    leeftijd: z.number().int(),
    amv: z.boolean().nullable(),
    huidigeLocatie: z.string().nullable(),
    verblijven: z.array(
      z.object({
        locatie: z.string(),
        locatieNaam: z.string(),
        type: z.string(),
        begin: z.string(),
        eind: z.string().nullable(),
      }),
    ),
    gebeurtenissen: z.array(
      z.object({
        datum: z.string(),
        gebeurtenis: z.string(),
        locatie: z.string().nullable(),
        soort: z.string().nullable(),
        genegeerd: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Kind' });
export type Kind = z.infer<typeof Kind>;

export const KindZoeken = z
  .object({ bronId: z.string().trim().min(1, 'vul de id uit het bronsysteem in').max(200) })
  .meta({ id: 'KindZoeken' });

export const KindGevonden = z.object({ pseudoniem: z.string() }).meta({ id: 'KindGevonden' });
