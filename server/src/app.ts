import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Platform } from './platform/context';
import { installErrorHandler } from './platform/http/error-handler';
import { installAuthentication } from './platform/auth/authenticate';
import { registerModules } from './modules';
import './platform/http/types';

export type App = FastifyInstance;
/** Every API route, as registered: the security tests are generated from this table. */
export interface RouteEntry { method: string; url: string }
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const APP_VERSION = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

/** Builds the Fastify app on a ready platform (database open and migrated). Only main.ts listens. */
export async function buildApp(p: Platform): Promise<App> {
  const app = Fastify({
    logger: p.config.logLevel === 'silent' ? false : { level: p.config.logLevel },
    genReqId: () => randomUUID(),
    trustProxy: p.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config as object), public: true } as never;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) if (m !== 'HEAD' && route.url.startsWith('/api/')) routeTable.push({ method: m, url: route.url });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd's CSS-in-JS injects style elements
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigin(p.config.map.tileUrl)],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: p.config.production ? [] : null,
      },
    },
    strictTransportSecurity: p.config.production,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: p.config.uploadMaxBytes, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: { openapi: '3.0.3', info: { title: '非煤矿山安全在线 API', version: APP_VERSION } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  installErrorHandler(app);
  installAuthentication(app, p);
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });

  await app.register(async (api) => registerModules(api as never, p));
  await serveWeb(app);
  return app as unknown as App;
}

function tileOrigin(url?: string): string[] {
  if (!url) return [];
  try {
    return [new URL(url.replace(/\{[a-z]\}/g, 'x')).origin];
  } catch {
    return [];
  }
}

/** The built single-page app; any non-API GET that is not a file gets index.html. */
async function serveWeb(app: FastifyInstance): Promise<void> {
  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && hasWeb) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ code: 'NOT_FOUND', message: '接口不存在', requestId: String(req.id) });
  });
}
