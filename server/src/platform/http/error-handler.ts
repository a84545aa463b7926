import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DEFAULT_MESSAGES, type ErrorCode, type ErrorResponse } from '@contracts/errors';
import { AppError } from '../errors';

const FASTIFY_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 406: 'VALIDATION', 409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA', 429: 'RATE_LIMITED',
};

/** Maps every error to { code, message, fields?, requestId }; 5xx never shows internals. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const requestId = String(req.id);
    const send = (status: number, body: Omit<ErrorResponse, 'requestId'>) =>
      reply.status(status).header('cache-control', 'no-store').send({ ...body, requestId });

    if (err instanceof AppError) {
      return send(err.status, { code: err.code, message: err.message, fields: err.fields, current: err.current });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const path = (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
        const key = path || '_';
        fields[key] ??= v.message ?? '格式不正确';
      }
      const first = Object.values(fields)[0];
      return send(400, { code: 'VALIDATION', message: first ?? DEFAULT_MESSAGES.VALIDATION, fields });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response serialization failed');
      return send(500, { code: 'INTERNAL', message: DEFAULT_MESSAGES.INTERNAL });
    }
    const status = err.statusCode ?? 500;
    if (status < 500 && FASTIFY_CODES[status]) {
      const code = FASTIFY_CODES[status];
      const message = code === 'VALIDATION' ? '请求格式不正确' : DEFAULT_MESSAGES[code];
      return send(status, { code, message });
    }
    req.log.error({ err }, 'unhandled error');
    return send(500, { code: 'INTERNAL', message: DEFAULT_MESSAGES.INTERNAL });
  });


}
