import type { FieldError } from '../contracts/problem.js';

/** An error that becomes an `application/problem+json` response as it is. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const problemType = (slug: string) => `urn:kindkader:probleem:${slug}`;

export const notAuthenticated = (detail = 'Log in om dit te doen.') =>
  new ProblemError(401, 'niet-ingelogd', 'Niet ingelogd', detail);

export const forbidden = (detail = 'Uw rol geeft geen toegang tot dit onderdeel.') =>
  new ProblemError(403, 'geen-toegang', 'Geen toegang', detail);

export const notFound = (detail: string) =>
  new ProblemError(404, 'niet-gevonden', 'Niet gevonden', detail);

export const invalid = (errors: FieldError[], detail = 'De invoer is niet geldig.') =>
  new ProblemError(422, 'validatie', 'Ongeldige invoer', detail, errors);

/** Dutch titles for the statuses that can arise without our own code choosing them. */
export const STATUS_TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet aanvaardbaar',
  413: 'Verzoek te groot',
  415: 'Soort inhoud niet ondersteund',
  422: 'Ongeldige invoer',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};
