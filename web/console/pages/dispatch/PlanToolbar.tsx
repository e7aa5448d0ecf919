/** 生成方案 / 接受所选 / 全部接受 / 放弃方案, and what the plan achieved. */
import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { DraftPlan } from './usePlan';

interface Props {
  draft: DraftPlan | null;
  busy: 'plan' | 'accept' | null;
  disabled: boolean;
  onGenerate: () => void;
  onAccept: (onlySelected: boolean) => void;
  onDiscard: () => void;
}

export function PlanToolbar({ draft, busy, disabled, onGenerate, onAccept, onDiscard }: Props) {
  const { t } = useI18n();
  const pending = draft ? draft.items.filter((i) => draft.results.get(i.orderId)?.ok !== true) : [];
  const selected = pending.filter((i) => draft?.selected.has(i.orderId)).length;
  return (
    <Space wrap>
      <Button
        type="primary"
        icon={<ThunderboltOutlined />}
        loading={busy === 'plan'}
        disabled={disabled || busy === 'accept'}
        onClick={onGenerate}
      >
        {t('board.plan')}
      </Button>
      {draft && (
        <>
          <Button
            disabled={selected === 0 || busy !== null}
            loading={busy === 'accept'}
            onClick={() => onAccept(true)}
          >
            {t('board.acceptSelected')}
            {selected > 0 ? ` (${selected})` : ''}
          </Button>
          <Popconfirm
            title={t('board.acceptAllConfirm', { n: pending.length })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            disabled={pending.length === 0 || busy !== null}
            onConfirm={() => onAccept(false)}
          >
            <Button disabled={pending.length === 0 || busy !== null}>{t('board.acceptAll')}</Button>
          </Popconfirm>
          <Button type="text" disabled={busy !== null} onClick={onDiscard}>
            {t('board.discard')}
          </Button>
          <Typography.Text type="secondary" data-testid="plan-stats">
            {t('board.planStats', {
              assigned: draft.plan.items.length,
              unassigned: draft.plan.unassigned.length,
              ms: draft.plan.stats.ms,
            })}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}
