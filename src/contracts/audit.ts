import { z } from 'zod';
import { PageMeta, PagingQuery } from './paging.js';

export const AuditRegel = z
  .object({
    id: z.number().int(),
    tijdstip: z.string().describe('ISO 8601'),
    actorSoort: z.enum(['gebruiker', 'cli', 'anoniem', 'systeem']),
    actorId: z.number().int().nullable(),
    actorEmail: z.string().nullable(),
    actie: z.string(),
    objectSoort: z.string().nullable(),
    objectId: z.string().nullable(),
    uitkomst: z.enum(['gelukt', 'geweigerd', 'mislukt']),
    details: z.record(z.string(), z.unknown()),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditRegel' });
export type AuditRegel = z.infer<typeof AuditRegel>;

export const AuditQuery = PagingQuery.extend({
  actie: z.string().trim().max(100).optional().describe('Filter op actie, bijvoorbeeld `inloggen`'),
  actor: z.string().trim().max(254).optional().describe('Filter op e-mailadres (deel) of `cli`'),
  uitkomst: z.enum(['gelukt', 'geweigerd', 'mislukt']).optional(),
  van: z.iso.date().optional().describe('Vanaf deze datum (JJJJ-MM-DD, inclusief)'),
  tot: z.iso.date().optional().describe('Tot en met deze datum (JJJJ-MM-DD)'),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPagina = z
  .object({ items: z.array(AuditRegel) })
  .extend(PageMeta.shape)
  .meta({ id: 'AuditPagina' });
export type AuditPagina = z.infer<typeof AuditPagina>;
