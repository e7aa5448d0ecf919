import { z } from 'zod';
import {
  CERTIFICATE_KINDS,
  EDUCATION_LEVELS,
  EMPLOYMENT_MODELS,
  INCIDENT_KINDS,
  INSURANCE_KINDS,
  TRAINING_KINDS,
  WORKER_STATUSES,
  WORKER_TIERS,
} from '../../db/schema/workers.ts';
import { ZIdNumber } from '../../platform/id-number.ts';

export const ZMobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请输入有效的手机号（11 位，1 开头）');
export const ZDay = z.iso.date('日期格式应为 YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const list = z.array(z.string().trim().min(1).max(20)).max(20);

export const ZSkillLevel = z.strictObject({
  skillId: z.string().max(64).describe('技能'),
  level: z.number().int().min(1).max(5).default(1).describe('技能等级'),
});

const workerFields = {
  storeId: z.string().max(64).describe('门店'),
  teamId: z.string().max(64).nullish().describe('班组'),
  name: text(20).describe('姓名'),
  gender: z.enum(['female', 'male']).describe('性别'),
  idNumber: ZIdNumber.describe('身份证号'),
  nativePlace: text(30).describe('籍贯'),
  phone: ZMobile.describe('手机号'),
  photoUrl: z.string().max(500).nullish().describe('照片'),
  education: z.enum(EDUCATION_LEVELS).describe('学历'),
  languages: list.default([]).describe('语言/方言'),
  cuisines: list.default([]).describe('菜系'),
  homeDistrict: text(40).describe('居住区域'),
  homeAddress: z.string().trim().max(200).nullish().describe('住址'),
  homeLat: z.number().min(-90).max(90).nullish().describe('纬度'),
  homeLng: z.number().min(-180).max(180).nullish().describe('经度'),
  employmentModel: z.enum(EMPLOYMENT_MODELS).describe('用工模式'),
  emergencyName: z.string().trim().max(20).nullish().describe('紧急联系人'),
  emergencyPhone: ZMobile.nullish().describe('紧急联系电话'),
  bankName: z.string().trim().max(40).nullish().describe('开户行'),
  bankAccount: z
    .string()
    .trim()
    .regex(/^\d{12,30}$/, '银行卡号应为 12–30 位数字')
    .nullish()
    .describe('工资卡号'),
  notes: z.string().max(2000).nullish().describe('备注'),
  workDays: z
    .array(z.number().int().min(1).max(7))
    .max(7)
    .optional()
    .describe('每周工作日（1=周一 … 7=周日）'),
  workStart: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM')
    .optional()
    .describe('上班时间'),
  workEnd: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM')
    .optional()
    .describe('下班时间'),
};

export const ZWorkerCreate = z.strictObject({
  ...workerFields,
  skills: z.array(ZSkillLevel).max(30).default([]).describe('技能'),
});
export type TWorkerCreate = z.infer<typeof ZWorkerCreate>;
export const ZWorkerUpdate = z.strictObject(workerFields).partial();
export type TWorkerUpdate = z.infer<typeof ZWorkerUpdate>;

export const ZWorkerQuery = z.object({
  q: z.string().trim().max(40).optional().describe('关键词'),
  status: z.enum(WORKER_STATUSES).optional().describe('状态'),
  tier: z.enum(WORKER_TIERS).optional().describe('等级'),
  skillId: z.string().max(64).optional().describe('技能'),
  storeId: z.string().max(64).optional().describe('门店'),
  trust: z.enum(['green', 'yellow', 'red']).optional().describe('安心状态'),
  expiring: z.enum(['1', 'true']).optional().describe('30 天内到期'),
  sort: z.enum(['newest', 'rating', 'name']).default('newest').describe('排序'),
});

/** The records a worker's file holds, each with its own input shape. */
export const ZRecordInputs = {
  certificate: z.strictObject({
    kind: z.enum(CERTIFICATE_KINDS).describe('证书类型'),
    name: text(60).describe('证书名称'),
    number: text(60).describe('证书编号'),
    issuer: text(60).describe('发证机构'),
    issuedOn: ZDay.describe('发证日期'),
    expiresOn: ZDay.nullish().describe('有效期至'),
    scanUrl: z.string().max(500).nullish().describe('扫描件'),
  }),
  health_check: z.strictObject({
    checkedOn: ZDay.describe('体检日期'),
    expiresOn: ZDay.describe('有效期至'),
    result: z.enum(['pass', 'fail']).describe('结果'),
    institution: z.string().trim().max(60).nullish().describe('体检机构'),
    notes: z.string().max(500).nullish().describe('备注'),
  }),
  background_check: z.strictObject({
    checkedOn: ZDay.describe('开具日期'),
    expiresOn: ZDay.describe('有效期至'),
    result: z.enum(['clear', 'record']).describe('结果'),
    notes: z.string().max(500).nullish().describe('备注'),
  }),
  insurance: z.strictObject({
    kind: z.enum(INSURANCE_KINDS).describe('险种'),
    insurer: text(60).describe('保险公司'),
    policyNumber: text(60).describe('保单号'),
    startsOn: ZDay.describe('起保日期'),
    endsOn: ZDay.describe('终止日期'),
  }),
  training: z.strictObject({
    kind: z.enum(TRAINING_KINDS).describe('培训类型'),
    course: text(60).describe('课程'),
    hours: z.number().positive().max(1000).describe('学时'),
    trainedOn: ZDay.describe('培训日期'),
    result: z.enum(['pass', 'fail']).describe('结果'),
  }),
  leave: z.strictObject({
    kind: z.enum(['leave', 'rest']).describe('类型'),
    startsOn: ZDay.describe('开始日期'),
    endsOn: ZDay.describe('结束日期'),
    reason: z.string().max(200).nullish().describe('原因'),
  }),
  performance: z.strictObject({
    kind: z.enum(['evaluation', 'award', 'reward', 'penalty']).describe('类型'),
    title: text(60).describe('标题'),
    year: z.number().int().min(2000).max(2100).nullish().describe('年度'),
    score: z.number().int().min(0).max(100).nullish().describe('评分'),
    amountFen: z.number().int().min(0).max(100_000_000).nullish().describe('金额（分）'),
    occurredOn: ZDay.describe('日期'),
  }),
  incident: z.strictObject({
    kind: z.enum(INCIDENT_KINDS.filter((k) => k !== 'blacklist') as [string, ...string[]]).describe('类型'),
    blocking: z.boolean().default(false).describe('是否阻断派单'),
    description: text(1000).describe('说明'),
    occurredAt: z.iso.datetime({ offset: true }).describe('发生时间'),
  }),
} as const;
export type RecordKind = keyof typeof ZRecordInputs;
export const RECORD_KINDS = Object.keys(ZRecordInputs) as RecordKind[];

export const ZSetTier = z.strictObject({ tier: z.enum(WORKER_TIERS).nullable().describe('等级') });
export const ZSetStatus = z.strictObject({
  status: z.enum(['available', 'resting', 'left']).describe('状态'),
  reason: z.string().trim().max(200).nullish().describe('原因'),
});
export const ZBlacklist = z.strictObject({ reason: text(500).describe('拉黑原因') });
export const ZSetSkills = z.strictObject({ skills: z.array(ZSkillLevel).max(30).describe('技能') });
export const ZSkillCreate = z.strictObject({
  name: text(20).describe('技能名称'),
  nameEn: z.string().max(40).nullish(),
});
