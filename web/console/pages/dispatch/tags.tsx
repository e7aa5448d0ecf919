/** Small display pieces of dispatch: trust and tier tags of a candidate, an assignment's state. */
import { Tag } from 'antd';
import { useI18n } from '../../i18n';
import { tierLabel } from '../workers/options';
import type { Tier } from '../workers/types';
import type { Assignment, TrustLevel } from './types';

const TRUST_COLORS = { green: 'success', yellow: 'warning', red: 'error' } as const;

export function TrustLevelTag({ trust }: { trust: TrustLevel }) {
  const { t } = useI18n();
  return (
    <Tag color={TRUST_COLORS[trust]} data-trust={trust} style={{ marginInlineEnd: 0 }}>
      {t(`trust.${trust}`)}
    </Tag>
  );
}

export function CandidateTierTag({ tier }: { tier: Tier | null }) {
  const { t } = useI18n();
  return (
    <Tag color={tier ? 'geekblue' : 'default'} style={{ marginInlineEnd: 0 }}>
      {tierLabel(t, tier)}
    </Tag>
  );
}

const STATE_COLORS: Record<Assignment['state'], string> = {
  offered: 'gold',
  active: 'green',
  declined: 'red',
  expired: 'orange',
  cancelled: 'default',
  replaced: 'purple',
  done: 'blue',
};

/** The state in the current language; the server's Chinese label when the state is unknown here. */
export function AssignmentStateTag({ assignment }: { assignment: Assignment }) {
  const { tOr } = useI18n();
  return (
    <Tag color={STATE_COLORS[assignment.state] ?? 'default'} data-state={assignment.state}>
      {tOr(`assignment.state.${assignment.state}`, assignment.stateLabel)}
    </Tag>
  );
}
