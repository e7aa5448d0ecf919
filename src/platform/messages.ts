/**
 * Titles and details of every error code, in Chinese (default) and English.
 * `{name}` placeholders are filled from AppError params.
 */
export type Lang = 'zh' | 'en';
type Text = { title: string; detail: string };

export const ERROR_MESSAGES = {
  VALIDATION_FAILED: {
    zh: { title: '输入有误', detail: '请检查以下字段：{fields}' },
    en: { title: 'Invalid input', detail: 'Please check these fields: {fields}' },
  },
  MALFORMED_BODY: {
    zh: { title: '请求格式错误', detail: '请求体不是有效的 JSON。' },
    en: { title: 'Malformed request', detail: 'The request body is not valid JSON.' },
  },
  PAYLOAD_TOO_LARGE: {
    zh: { title: '请求过大', detail: '请求体超过 1 MiB 的上限。' },
    en: { title: 'Payload too large', detail: 'The request body exceeds the 1 MiB limit.' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    zh: { title: '不支持的内容类型', detail: '请以 application/json 发送请求体。' },
    en: { title: 'Unsupported media type', detail: 'Send the request body as application/json.' },
  },
  UNAUTHENTICATED: {
    zh: { title: '未登录', detail: '请先登录，或登录已过期。' },
    en: { title: 'Not signed in', detail: 'Please sign in; your session may have expired.' },
  },
  AUTH_INVALID_CREDENTIALS: {
    zh: { title: '登录失败', detail: '用户名或密码错误。' },
    en: { title: 'Sign-in failed', detail: 'Wrong username or password.' },
  },
  AUTH_LOCKED: {
    zh: { title: '尝试次数过多', detail: '登录失败次数过多，请 {minutes} 分钟后再试。' },
    en: { title: 'Too many attempts', detail: 'Too many failed sign-ins; try again in {minutes} minutes.' },
  },
  AUTH_USER_DISABLED: {
    zh: { title: '账号已停用', detail: '该账号已被停用，请联系管理员。' },
    en: { title: 'Account disabled', detail: 'This account is disabled; contact your administrator.' },
  },
  FORBIDDEN: {
    zh: { title: '无权操作', detail: '您的角色无权执行此操作。' },
    en: { title: 'Forbidden', detail: 'Your role may not do this.' },
  },
  NOT_FOUND: {
    zh: { title: '未找到', detail: '未找到该{entity}。' },
    en: { title: 'Not found', detail: 'No such {entity}.' },
  },
  ROUTE_NOT_FOUND: {
    zh: { title: '接口不存在', detail: '没有 {method} {path} 这个接口。' },
    en: { title: 'No such endpoint', detail: 'There is no {method} {path}.' },
  },
  CONFLICT: {
    zh: { title: '数据冲突', detail: '{reason}' },
    en: { title: 'Conflict', detail: '{reason}' },
  },
  NAME_TAKEN: {
    zh: { title: '名称已被使用', detail: '{entity}「{name}」已存在。' },
    en: { title: 'Name already used', detail: 'A {entity} named "{name}" already exists.' },
  },
  DISPATCH_RULE_BROKEN: {
    zh: { title: '不符合派单规则', detail: '{reason}' },
    en: { title: 'Breaks a dispatch rule', detail: '{reason}' },
  },
  INVALID_STATE: {
    zh: { title: '状态不允许', detail: '{reason}' },
    en: { title: 'Not allowed in this state', detail: '{reason}' },
  },
  CUSTOMER_DUPLICATE: {
    zh: { title: '疑似重复客户', detail: '手机号 {phone} 已属于客户「{name}」。' },
    en: {
      title: 'Possible duplicate customer',
      detail: 'Phone {phone} already belongs to customer "{name}".',
    },
  },
  IDEMPOTENCY_KEY_REUSED: {
    zh: { title: '幂等键重复使用', detail: '同一个 Idempotency-Key 已用于另一个请求。' },
    en: { title: 'Idempotency key reused', detail: 'This Idempotency-Key was used for a different request.' },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    zh: { title: '请求处理中', detail: '使用同一 Idempotency-Key 的请求仍在处理中，请稍后重试。' },
    en: { title: 'Request in progress', detail: 'A request with this Idempotency-Key is still running.' },
  },
  SERVICE_UNAVAILABLE: {
    zh: { title: '服务暂不可用', detail: '数据库暂时无法访问，请稍后重试。' },
    en: { title: 'Service unavailable', detail: 'The database cannot be reached; try again shortly.' },
  },
  INTERNAL: {
    zh: {
      title: '服务器内部错误',
      detail: '服务器出错了，请稍后重试；如持续出现请提供请求编号 {requestId}。',
    },
    en: {
      title: 'Internal error',
      detail: 'Something went wrong; if it persists, quote request id {requestId}.',
    },
  },
} satisfies Record<string, Record<Lang, Text>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Chinese / English names of entities, for messages such as 未找到该门店. */
export const ENTITY_NAMES: Record<string, Record<Lang, string>> = {
  store: { zh: '门店', en: 'store' },
  team: { zh: '班组', en: 'team' },
  user: { zh: '用户', en: 'user' },
  company: { zh: '公司', en: 'company' },
  session: { zh: '会话', en: 'session' },
  record: { zh: '记录', en: 'record' },
  worker: { zh: '家政员', en: 'worker' },
  customer: { zh: '客户', en: 'customer' },
  address: { zh: '地址', en: 'address' },
  skill: { zh: '技能', en: 'skill' },
  certificate: { zh: '证书', en: 'certificate' },
  service_type: { zh: '服务类型', en: 'service type' },
  price_list: { zh: '价目表', en: 'price list' },
  order: { zh: '订单', en: 'order' },
  callback: { zh: '回访', en: 'callback' },
  quote: { zh: '报价', en: 'quote' },
  contract: { zh: '合同', en: 'contract' },
  assessment: { zh: '评估', en: 'assessment' },
  assignment: { zh: '派单', en: 'assignment' },
  job: { zh: '工作', en: 'job' },
  interview: { zh: '面试', en: 'interview' },
  follow_up: { zh: '督导回访', en: 'supervisor follow-up' },
};

export function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? '' : String(params[k])));
}

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
