import { z } from 'zod';

/**
 * A company's dispatch settings (companies.dispatch_settings). Every key is optional in the
 * stored JSON; `settingsOf` fills the defaults, so a new company dispatches sensibly at once.
 */
export const ZWeights = z.strictObject({
  distance: z.number().min(0).max(100).describe('距离权重'),
  rating: z.number().min(0).max(100).describe('评分权重'),
  experience: z.number().min(0).max(100).describe('经验权重'),
  preference: z.number().min(0).max(100).describe('客户偏好权重'),
  continuity: z.number().min(0).max(100).describe('连续服务权重'),
  fairness: z.number().min(0).max(100).describe('公平（近期派单量）权重'),
  store: z.number().min(0).max(100).describe('本店优先权重'),
  complaints: z.number().min(0).max(100).describe('投诉扣分权重'),
});
export type Weights = z.infer<typeof ZWeights>;

export const ZDispatchSettings = z.strictObject({
  weights: ZWeights,
  releaseLeadMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .describe('开工前多少分钟向家政员显示详细地址'),
  prePlacementTrainingDays: z.number().int().min(1).max(365).describe('上户培训有效天数'),
  useOffers: z.boolean().describe('派单需家政员接单确认'),
  offerTimeoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .describe('接单确认时限（分钟）'),
  maxDailyMinutes: z
    .number()
    .int()
    .min(60)
    .max(16 * 60)
    .describe('每日最多工作分钟'),
  speedKmh: z.number().min(5).max(80).describe('路上平均速度（公里/小时）'),
  maxDistanceKm: z.number().min(1).max(200).describe('最远派单距离（公里）'),
  replacementQuota: z.number().int().min(0).max(20).describe('每份合同换人次数'),
  followUpDays: z.number().int().min(1).max(30).describe('上户后督导回访期限（天）'),
});
export type DispatchSettings = z.infer<typeof ZDispatchSettings>;

export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = {
  weights: {
    distance: 30,
    rating: 20,
    experience: 10,
    preference: 15,
    continuity: 10,
    fairness: 10,
    store: 5,
    complaints: 20,
  },
  releaseLeadMinutes: 120, // R16: the address shows from 2 hours before the start to the end
  prePlacementTrainingDays: 30, // R13: the 上户培训 briefing must be this recent at the start
  useOffers: false,
  offerTimeoutMinutes: 30,
  maxDailyMinutes: 8 * 60,
  speedKmh: 20, // city traffic, door to door
  maxDistanceKm: 30,
  replacementQuota: 3, // R11 / §P: the center replaces up to 3 times per contract
  followUpDays: 3, // R26
};

/** The stored JSON with every missing key taken from the defaults (unknown keys are ignored). */
export function settingsOf(stored: unknown): DispatchSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<DispatchSettings>;
  const merged = {
    ...DEFAULT_DISPATCH_SETTINGS,
    ...s,
    weights: { ...DEFAULT_DISPATCH_SETTINGS.weights, ...(s.weights ?? {}) },
  };
  const parsed = ZDispatchSettings.safeParse(
    Object.fromEntries(
      Object.keys(DEFAULT_DISPATCH_SETTINGS).map((k) => [k, merged[k as keyof DispatchSettings]]),
    ),
  );
  return parsed.success ? parsed.data : DEFAULT_DISPATCH_SETTINGS;
}
