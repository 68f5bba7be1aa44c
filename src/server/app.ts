import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import '../contracts/locale.js';
import { API_VERSION } from '../contracts/api.js';
import type { Context } from './context.js';
import { activiteitenRoutes } from './features/activiteiten/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { beoordelingenRoutes } from './features/beoordelingen/routes.js';
import { dashboardRoutes } from './features/dashboard/routes.js';
import { exportenRoutes } from './features/exporten/routes.js';
import { gebruikersRoutes } from './features/gebruikers/routes.js';
import { gemeentenRoutes } from './features/gemeenten/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { importRoutes } from './features/imports/routes.js';
import { indicatorenRoutes } from './features/indicatoren/routes.js';
import { instellingenRoutes } from './features/instellingen/routes.js';
import { kaderRoutes } from './features/kaders/routes.js';
import { kinderenRoutes } from './features/kinderen/routes.js';
import { locatieRoutes } from './features/locaties/routes.js';
import { rapportRoutes } from './features/rapport/routes.js';
import { sessieRoutes } from './features/sessie/routes.js';
import { signalenRoutes } from './features/signalen/routes.js';
import { toetsingRoutes } from './features/toetsing/routes.js';
import { registerOpenApi } from './plugins/openapi.js';
import { isApiPath, registerProblemHandling, sendProblem } from './plugins/problems.js';
import { registerSessions } from './plugins/session.js';
import { notFound } from './problem.js';

export const defaultWebDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/web',
);

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Login attempts per client address per minute, before any account lock-out. */
  loginAttemptsPerMinute?: number;
  /** The built web app; null serves the API only. */
  webDir?: string | null;
}

export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, so that the permission test can insist on covering each. */
    kindkaderRoutes: readonly RouteEntry[];
  }
}

export async function buildApp(ctx: Context, options: AppOptions = {}) {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  });
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandling(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        // Without TLS in front, upgrading would break every asset on http://localhost.
        upgradeInsecureRequests: options.trustProxy ? [] : null,
      },
    },
    // HSTS only makes sense behind TLS, which a proxy provides.
    hsts: options.trustProxy ? undefined : false,
  });
  // The web bundle and long lists travel compressed: a third of the bytes on a slow connection.
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('API-Version', API_VERSION);
  });
  registerSessions(app, ctx.sessie, ctx.instellingen.publicView);
  await registerOpenApi(app);

  healthRoutes(app, ctx.health);
  gemeentenRoutes(app, ctx.gemeenten);
  sessieRoutes(app, ctx.sessie, options.loginAttemptsPerMinute ?? 20);
  auditRoutes(app, ctx.audit);
  gebruikersRoutes(app, ctx.gebruikers);
  importRoutes(app, ctx.imports);
  locatieRoutes(app, ctx.locaties);
  kinderenRoutes(app, ctx.kinderen);
  indicatorenRoutes(app, ctx.indicatoren);
  activiteitenRoutes(app, ctx.activiteiten);
  signalenRoutes(app, ctx.signalen);
  kaderRoutes(app, ctx.kaders);
  toetsingRoutes(app, ctx.toetsing);
  beoordelingenRoutes(app, ctx.beoordelingen);
  rapportRoutes(app, ctx.rapport);
  dashboardRoutes(app, ctx.dashboard);
  instellingenRoutes(app, ctx.instellingen);
  exportenRoutes(app, ctx.exporten);

  const webDir = options.webDir === undefined ? defaultWebDir : options.webDir;
  const serveWeb = webDir !== null && existsSync(path.join(webDir, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0]!;
    const isPage = request.method === 'GET' && !isApiPath(url) && !path.extname(url);
    if (serveWeb && isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(request, reply, notFound(`Er is niets op ${request.method} ${url}.`));
  });
  app.decorate('kindkaderRoutes', routes);
  return app;
}
