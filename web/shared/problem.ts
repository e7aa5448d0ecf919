/**
 * RFC 9457 problem details as the Anjia API sends them (`application/problem+json`), and the
 * error the fetch client throws for every non-2xx answer.
 */
export interface FieldError {
  field: string;
  /** The field's name in Chinese, when the server knows it. */
  label?: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  requestId?: string | null;
  errors?: FieldError[];
  /** Members beyond the standard ones (e.g. `duplicates` of CUSTOMER_DUPLICATE). */
  extra?: Record<string, unknown>;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'requestId', 'errors']);

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** A non-standard member of the problem body, e.g. `error.member('duplicates')`. */
  member(name: string): unknown {
    return this.problem.extra?.[name];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function parseFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: FieldError[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const message = str(item.message);
    if (!message) continue;
    out.push({ field: typeof item.field === 'string' ? item.field : '', label: str(item.label), message });
  }
  return out;
}

/** Reads whatever body came back into a Problem; tolerates HTML error pages and empty bodies. */
export function toProblem(
  body: unknown,
  status: number,
  statusText: string,
  fallbackDetail: string,
): Problem {
  if (isRecord(body)) {
    return {
      type: str(body.type) ?? 'about:blank',
      title: str(body.title) ?? (statusText || `HTTP ${status}`),
      status: typeof body.status === 'number' ? body.status : status,
      detail: str(body.detail) ?? str(body.message) ?? fallbackDetail,
      code: str(body.code),
      requestId: str(body.requestId) ?? null,
      errors: parseFieldErrors(body.errors),
      extra: Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_MEMBERS.has(key))),
    };
  }
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status, detail: fallbackDetail };
}

/**
 * Turns an error's `field` into a form name path. Accepts the spellings a server might use:
 * `name`, `roles.0.storeId`, `roles[0].storeId`, `/roles/0/storeId` (JSON pointer), `body.name`.
 */
export function fieldPath(field: string): (string | number)[] {
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((part) => part !== '');
  if (parts[0] === 'body' && parts.length > 1) parts.shift();
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Wraps anything thrown into an ApiError so callers handle one shape. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError({ type: 'about:blank', title: detail, status: 0, detail });
}
