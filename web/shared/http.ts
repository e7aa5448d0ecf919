/**
 * The fetch client of the Anjia web apps: JSON in and out, the session cookie, Accept-Language
 * from the language switch, a fresh Idempotency-Key on every write, and an ApiError carrying the
 * server's problem+json on every non-2xx answer.
 */
import { acceptLanguage, getLang, pick } from './i18n';
import { ApiError, toProblem } from './problem';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Reuse a key to retry the same submission; by default every write gets a new one. */
  idempotencyKey?: string;
  /** Do not treat a 401 as "session gone" (the login call itself). */
  skipAuthRedirect?: boolean;
  /** 401 codes that mean "wrong input" rather than "session gone" (e.g. a wrong current password). */
  ignore401Codes?: string[];
  signal?: AbortSignal;
}

const messages = {
  network: { zh: '网络连接失败，请检查网络后重试', en: 'Network error, please check your connection' },
  server: { zh: '服务器出错了，请稍后再试', en: 'The server had a problem, please try again later' },
  request: { zh: '请求失败', en: 'Request failed' },
};

let unauthorizedHandler: ((error: ApiError) => void) | null = null;

/** Registers what to do when the session is gone (the console sends the user to /login). */
export function onUnauthorized(handler: ((error: ApiError) => void) | null): void {
  unauthorizedHandler = handler;
}

/** crypto.randomUUID exists only in secure contexts; plain http on a LAN address needs a fallback. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const lang = getLang();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': acceptLanguage(lang),
  };
  const hasBody = options.body !== undefined;
  // No Content-Type without a body: Fastify rejects an empty body declared as JSON.
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey();
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const detail = pick(messages.network, lang);
    throw new ApiError({ type: 'about:blank', title: detail, status: 0, detail, code: 'NETWORK_ERROR' });
  }

  const body = await readBody(response);
  if (response.ok) return body as T;

  const fallback = pick(response.status >= 500 ? messages.server : messages.request, lang);
  const error = new ApiError(toProblem(body, response.status, response.statusText, fallback));
  const ignored = error.code !== undefined && (options.ignore401Codes ?? []).includes(error.code);
  if (error.status === 401 && !options.skipAuthRedirect && !ignored) unauthorizedHandler?.(error);
  throw error;
}

export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, options?: RequestOptions) => request<T>('POST', path, options),
  patch: <T>(path: string, options?: RequestOptions) => request<T>('PATCH', path, options),
  put: <T>(path: string, options?: RequestOptions) => request<T>('PUT', path, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
