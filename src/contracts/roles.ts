import { z } from 'zod';

export const ROLLEN = ['beheerder', 'gemeente', 'locatie', 'monitor'] as const;
export const Rol = z.enum(ROLLEN).describe('De rol van een account');
export type Rol = z.infer<typeof Rol>;

export const ORGANISATIE_SOORTEN = ['gemeente', 'coa', 'operator', 'monitor', 'beheer'] as const;
export const OrganisatieSoort = z.enum(ORGANISATIE_SOORTEN);
export type OrganisatieSoort = z.infer<typeof OrganisatieSoort>;
