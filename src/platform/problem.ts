import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, HTTP_STATUS, pgErrorCode } from './errors.ts';
import { ENTITY_NAMES, ERROR_MESSAGES, fill, type Lang, pickLang } from './messages.ts';
import { toAppError, ZodRequestError } from './validation.ts';

export const PROBLEM_TYPE_BASE = 'https://anjia.dev/problems/';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  errors?: { field: string; label?: string; message: string }[];
};

export function problemOf(err: AppError, lang: Lang, req: FastifyRequest): Problem {
  const text = ERROR_MESSAGES[err.code][lang];
  const params: Record<string, unknown> = { ...err.params, requestId: req.id };
  if (typeof params.entity === 'string') params.entity = ENTITY_NAMES[params.entity]?.[lang] ?? params.entity;
  if (err.fieldErrors && lang === 'en') params.fields = err.fieldErrors.map((e) => e.field).join(', ');
  if (typeof params.reason === 'object' && params.reason)
    params.reason = (params.reason as Record<Lang, string>)[lang];
  const problem: Problem = {
    ...err.extra, // generic extra members first: they can never replace the standard ones
    type: PROBLEM_TYPE_BASE + err.code.toLowerCase().replace(/_/g, '-'),
    title: text.title,
    status: HTTP_STATUS[err.code],
    detail: fill(text.detail, params),
    code: err.code,
    instance: req.url.split('?')[0] ?? req.url,
    requestId: req.id,
  };
  if (err.fieldErrors) {
    problem.errors = err.fieldErrors.map((e) => ({
      field: e.field,
      ...(e.label && lang === 'zh' ? { label: e.label } : {}),
      message: lang === 'en' ? (e.messageEn ?? e.message) : e.message,
    }));
  }
  return problem;
}

export function sendProblem(reply: FastifyReply, req: FastifyRequest, err: AppError): FastifyReply {
  const problem = problemOf(err, pickLang(req.headers['accept-language']), req);
  if (err.code === 'AUTH_LOCKED' && typeof err.params.retryAfterSeconds === 'number') {
    reply.header('retry-after', String(err.params.retryAfterSeconds));
  }
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Maps anything thrown to an AppError; unknown errors become INTERNAL and are logged, never shown. */
export function toAppErrorAny(err: unknown, req: FastifyRequest): AppError {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError & { validationContext?: string };
  // Fastify passes our validator's error through, adding which part (body, querystring) failed.
  if (err instanceof ZodRequestError) return toAppError(err, fe.validationContext);
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('PAYLOAD_TOO_LARGE');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return new AppError('MALFORMED_BODY');
  if (err instanceof SyntaxError && fe.statusCode === 400) return new AppError('MALFORMED_BODY');
  if (fe.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (fe.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  const pg = pgErrorCode(err);
  if (pg && (pg.startsWith('08') || pg === '57P01' || pg === '57P03'))
    return new AppError('SERVICE_UNAVAILABLE');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new AppError('MALFORMED_BODY');
  if (isResponseSerializationError(err))
    req.log.error({ err, issues: err.cause.issues }, 'response schema mismatch');
  else req.log.error({ err }, 'unhandled error');
  return new AppError('INTERNAL');
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => sendProblem(reply, req, toAppErrorAny(err, req)));
  app.setNotFoundHandler((req, reply) =>
    sendProblem(
      reply,
      req,
      new AppError('ROUTE_NOT_FOUND', { method: req.method, path: req.url.split('?')[0] }),
    ),
  );
}
