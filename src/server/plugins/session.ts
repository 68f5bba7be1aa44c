import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/permissions.js';
import type { ActiveSession, SessieService } from '../features/sessie/service.js';
import { csrfMatches } from '../features/sessie/service.js';
import { ProblemError } from '../problem.js';
import { sendProblem } from './problems.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    session: ActiveSession | null;
    /** A session cookie came in, but its session has ended. */
    sessionExpired: boolean;
  }
  interface FastifyContextConfig {
    /** The login route: it makes a session, so it cannot carry that session's CSRF token. */
    createsSession?: boolean;
  }
}

export const SESSION_COOKIE = 'kindkader_sessie';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Until the hook knows better: no public view, the closed default. */
const ANONYMOUS: Actor = { kind: 'anonymous' };

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string | null,
) {
  const options = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
  };
  if (token) reply.setCookie(SESSION_COOKIE, token, options);
  else reply.clearCookie(SESSION_COOKIE, options);
}

/**
 * Resolves the actor of every request from its session cookie, and refuses a state-changing
 * request made with a session unless it carries that session's CSRF token.
 */
export function registerSessions(
  app: FastifyInstance,
  sessie: SessieService,
  /** The "openbare weergave" setting (cached): whether a visitor without a login sees figures. */
  publicView: () => Promise<boolean>,
) {
  const anonymous = async (): Promise<Actor> => ({
    kind: 'anonymous',
    publicView: await publicView(),
  });

  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) {
      request.actor = await anonymous();
      return;
    }
    const session = await sessie.resolve(token);
    if (!session) {
      request.actor = await anonymous();
      request.sessionExpired = true;
      setSessionCookie(request, reply, null);
      return;
    }
    request.session = session;
    request.actor = session.actor;
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.createsSession) return;
    const given = request.headers['x-csrf-token'];
    if (!csrfMatches(session.row.csrfToken, typeof given === 'string' ? given : undefined)) {
      return sendProblem(
        request,
        reply,
        new ProblemError(
          403,
          'csrf',
          'Ongeldig CSRF-token',
          'Dit wijzigende verzoek mist het CSRF-token van uw sessie (header X-CSRF-Token) of het token klopt niet. Laad de pagina opnieuw.',
        ),
      );
    }
  });
}
