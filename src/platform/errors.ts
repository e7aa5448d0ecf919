import type { ErrorCode } from './messages.ts';

/** The one error type use cases throw; `problem.ts` turns it into RFC 9457 problem+json. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors?: FieldError[],
    /** Extra members of the problem body (e.g. `duplicates` of CUSTOMER_DUPLICATE). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** One field's problem; `message` is Chinese, `messageEn` English (chosen per Accept-Language). */
export type FieldError = { field: string; label?: string; message: string; messageEn?: string };

/** The one table from error code to HTTP status. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 422,
  MALFORMED_BODY: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_LOCKED: 429,
  AUTH_USER_DISABLED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  NAME_TAKEN: 409,
  INVALID_STATE: 409,
  DISPATCH_RULE_BROKEN: 422,
  CUSTOMER_DUPLICATE: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const notFound = (entity: string) => new AppError('NOT_FOUND', { entity });

/** One field's error: `invalidField('currentPassword', '当前密码不正确', 'Current password is wrong')`. */
export function invalidField(field: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: field }, [{ field, message: zh, messageEn: en }]);
}

/** The Postgres error code of a failed query on either driver (Drizzle wraps it in `cause`). */
export function pgErrorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function pgConstraint(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const c = (e as { constraint?: unknown }).constraint;
    if (typeof c === 'string') return c;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
