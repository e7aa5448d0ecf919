/** Small display pieces of a worker: trust, tier and status tags, skill tags, expiry dates. */
import { CheckOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useSkills } from '../../hooks/useSkills';
import { useI18n } from '../../i18n';
import { daysUntil, EXPIRY_WARNING_DAYS } from './dates';
import { tierLabel } from './options';
import type { Tier, Trust, WorkerSkill, WorkerStatus } from './types';

const TRUST_COLORS = { green: 'success', yellow: 'warning', red: 'error' } as const;

/** 安心 / 提醒 / 暂停, with the server's reasons in a tooltip. */
export function TrustTag({ trust }: { trust: Trust }) {
  const { t } = useI18n();
  const tag = (
    <Tag color={TRUST_COLORS[trust.level]} data-testid="trust-tag" data-trust={trust.level}>
      {t(`trust.${trust.level}`)}
    </Tag>
  );
  if (trust.reasons.length === 0) return tag;
  return <Tooltip title={trust.reasons.join('；')}>{tag}</Tooltip>;
}

export function TierTag({ tier }: { tier: Tier | null }) {
  const { t } = useI18n();
  return <Tag color={tier ? 'geekblue' : 'default'}>{tierLabel(t, tier)}</Tag>;
}

const STATUS_COLORS: Record<WorkerStatus, string> = {
  available: 'green',
  booked: 'blue',
  on_placement: 'purple',
  resting: 'default',
  left: 'default',
  blacklisted: 'black',
};

export function WorkerStatusTag({ status }: { status: WorkerStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{t(`workerStatus.${status}`)}</Tag>;
}

/** Skill names; a ✓ marks a skill verified as genuine. */
export function SkillTags({ skills }: { skills: WorkerSkill[] }) {
  const { t } = useI18n();
  const { options } = useSkills();
  const label = (s: WorkerSkill) => options.find((o) => o.value === s.skillId)?.label ?? s.name;
  if (skills.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {skills.map((s) => (
        <Tag
          key={s.skillId}
          color={s.verified ? 'cyan' : undefined}
          icon={s.verified ? <CheckOutlined aria-label={t('record.verified')} /> : undefined}
        >
          {label(s)}
        </Tag>
      ))}
    </Space>
  );
}

/**
 * A YYYY-MM-DD expiry: red when past, orange within 7 days, gold within 30 days, plain otherwise.
 * `data-expiry` lets tests (and styles) find highlighted dates.
 */
export function ExpiryDate({ day, showDays = false }: { day: string | null; showDays?: boolean }) {
  const { t } = useI18n();
  if (!day) return <Typography.Text type="secondary">{t('record.noExpiry')}</Typography.Text>;
  const left = daysUntil(day);
  if (left > EXPIRY_WARNING_DAYS) return <span>{day}</span>;
  const level = left < 0 ? 'expired' : left <= 7 ? 'urgent' : 'soon';
  const color = level === 'expired' ? 'red' : level === 'urgent' ? 'orange' : 'gold';
  const note = left < 0 ? t('record.expired') : t('record.expiresIn', { n: left });
  return (
    <Tooltip title={note}>
      <Tag color={color} data-expiry={level}>
        {day}
        {showDays && ` · ${note}`}
      </Tag>
    </Tooltip>
  );
}
