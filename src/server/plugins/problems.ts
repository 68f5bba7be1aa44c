import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { API_PREFIX } from '../../contracts/api.js';
import { ProblemError, problemType, STATUS_TITLES } from '../problem.js';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError) {
  const expired = problem.status === 401 && request.sessionExpired;
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: problemType(expired ? 'sessie-verlopen' : problem.slug),
      title: expired ? 'Sessie verlopen' : problem.title,
      status: problem.status,
      detail: expired ? 'Uw sessie is verlopen. Log opnieuw in.' : problem.detail,
      instance: request.url.split('?')[0],
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
}

/** Fastify's own errors, by code, in Dutch. */
const FRAMEWORK_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'ongeldige-json', 'De inhoud is geen geldige JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    'ongeldige-json',
    'De inhoud is leeg, maar er is JSON verwacht.',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [
    413,
    'te-groot',
    'De inhoud van het verzoek is groter dan is toegestaan.',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'soort-inhoud',
    'Deze soort inhoud wordt niet ondersteund; stuur application/json.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'ongeldig-verzoek',
    'De lengte van de inhoud klopt niet.',
  ],
};

/** Every error leaves as application/problem+json in Dutch; a 500 never shows its stack. */
export function registerProblemHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => {
        const segments = issue.instancePath.split('/').filter(Boolean);
        const context = error.validationContext ?? 'body';
        return { path: [context, ...segments].join('.'), message: issue.message ?? 'ongeldig' };
      });
      return sendProblem(
        request,
        reply,
        new ProblemError(422, 'validatie', 'Ongeldige invoer', 'De invoer is niet geldig.', errors),
      );
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return sendProblem(
        request,
        reply,
        new ProblemError(
          400,
          'ongeldige-json',
          STATUS_TITLES[400]!,
          'De inhoud is geen geldige JSON.',
        ),
      );
    }
    const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
    if (known) {
      const [status, slug, detail] = known;
      return sendProblem(
        request,
        reply,
        new ProblemError(status, slug, STATUS_TITLES[status]!, detail),
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return sendProblem(
        request,
        reply,
        new ProblemError(
          429,
          'te-veel-verzoeken',
          STATUS_TITLES[429]!,
          'Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.',
        ),
      );
    }
    if (status >= 400 && status < 500) {
      return sendProblem(
        request,
        reply,
        new ProblemError(
          status,
          'ongeldig-verzoek',
          STATUS_TITLES[status] ?? STATUS_TITLES[400]!,
          'Het verzoek kan niet worden verwerkt.',
        ),
      );
    }
    request.log.error({ err: error }, 'onverwachte fout');
    return sendProblem(
      request,
      reply,
      new ProblemError(
        500,
        'interne-fout',
        STATUS_TITLES[500]!,
        'Er ging iets mis aan de kant van de server. De fout is vastgelegd; probeer het later opnieuw.',
      ),
    );
  });
}

export function isApiPath(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);
}
