import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem, ValidationProblem } from '../contracts/problem.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Ongeldig verzoek (bijvoorbeeld geen geldige JSON)',
  401: 'Niet ingelogd of sessie verlopen',
  403: 'Geen toegang (rol, bereik of CSRF-token)',
  404: 'Niet gevonden',
  413: 'Verzoek te groot',
  415: 'Soort inhoud niet ondersteund',
  409: 'Conflict: de batch is al teruggedraaid, of latere batches bouwen erop voort',
  422: 'Ongeldige invoer; `errors` noemt elk veld',
  429: 'Te veel verzoeken of tijdelijk geblokkeerd',
  500: 'Interne fout',
};

/** The documented problem+json responses of a route. 500 is always possible. */
export function problems(...statuses: number[]) {
  const out: Record<
    number,
    {
      description: string;
      content: Record<string, { schema: typeof Problem | typeof ValidationProblem }>;
    }
  > = {};
  for (const status of [...statuses, 500]) {
    out[status] = {
      description: DESCRIPTIONS[status] ?? 'Fout',
      content: {
        'application/problem+json': { schema: status === 422 ? ValidationProblem : Problem },
      },
    };
  }
  return out;
}

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
