import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response. */
export const Problem = z
  .object({
    type: z.string().describe('URI die het soort probleem aanduidt'),
    title: z.string().describe('Korte Nederlandse omschrijving van het soort probleem'),
    status: z.number().int().describe('HTTP-statuscode'),
    detail: z.string().describe('Nederlandse uitleg van dit geval'),
    instance: z.string().describe('Het pad van het verzoek'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const FieldError = z
  .object({
    path: z.string().describe('Pad naar het veld, bijvoorbeeld `body.email`'),
    message: z.string().describe('Nederlandse reden'),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** A 422: a problem plus the fields that were wrong. */
export const ValidationProblem = z
  .intersection(Problem, z.object({ errors: z.array(FieldError) }))
  .meta({ id: 'ValidationProblem' });
export type ValidationProblem = z.infer<typeof ValidationProblem>;
