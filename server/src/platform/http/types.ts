import type { Actor } from '../access/actor';
import type { RequestCtx } from '../context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No sign-in needed (login, health, docs). */
    public?: boolean;
    /** Reachable while a second factor is still owed (TOTP enrolment and verification). */
    allowMfaPending?: boolean;
  }
  interface FastifyInstance {
    routeTable: { method: string; url: string }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    ctx: RequestCtx;
  }
}
