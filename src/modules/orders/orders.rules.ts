import { ORDER_STATES } from '../../db/schema/orders.ts';

/**
 * The order lifecycle (SPEC §3) as one transition table. Every status change of an order goes
 * through an action endpoint that checks it here; later issues add guards and effects, not states.
 *
 *   inquiry → confirmed → [assessment] → quoted → contracted → dispatched
 *     → [interview → trial] → in_service → completed → accepted | rework → accepted
 *     → settled → followed_up → closed
 *   cancelled from any state before service; terminated for placements in trial or service.
 */
export { ORDER_STATES };
export type OrderState = (typeof ORDER_STATES)[number];
export type ServiceMode = 'visit' | 'placement';

export const ORDER_STATE_LABELS: Record<OrderState, string> = {
  inquiry: '咨询',
  confirmed: '需求确认',
  assessment: '上门评估',
  quoted: '已报价',
  contracted: '已签约',
  dispatched: '已派单',
  interview: '面试',
  trial: '试用',
  in_service: '服务中',
  completed: '完工',
  rework: '返工',
  accepted: '验收通过',
  settled: '已结算',
  followed_up: '已回访',
  closed: '已关闭',
  cancelled: '已取消',
  terminated: '已解约',
};

type Rule = { from: readonly OrderState[]; to: OrderState; modes?: readonly ServiceMode[] };

const BEFORE_SERVICE = [
  'inquiry',
  'confirmed',
  'assessment',
  'quoted',
  'contracted',
  'dispatched',
  'interview',
] as const;

/** The one transition table: action → the states it may start from, where it leads, which modes. */
export const ORDER_TRANSITIONS = {
  confirm: { from: ['inquiry'], to: 'confirmed' },
  schedule_assessment: { from: ['confirmed'], to: 'assessment' },
  issue_quote: { from: ['confirmed', 'assessment', 'quoted'], to: 'quoted' },
  sign_contract: { from: ['quoted'], to: 'contracted' },
  dispatch: { from: ['contracted'], to: 'dispatched' },
  schedule_interview: { from: ['dispatched'], to: 'interview', modes: ['placement'] },
  start_trial: { from: ['interview'], to: 'trial', modes: ['placement'] },
  start_service: { from: ['dispatched', 'trial'], to: 'in_service' },
  complete: { from: ['in_service'], to: 'completed' },
  request_rework: { from: ['completed'], to: 'rework', modes: ['visit'] },
  accept: { from: ['completed', 'rework'], to: 'accepted' },
  settle: { from: ['accepted'], to: 'settled' },
  follow_up: { from: ['settled'], to: 'followed_up' },
  close: { from: ['followed_up'], to: 'closed' },
  cancel: { from: BEFORE_SERVICE, to: 'cancelled' },
  terminate: { from: ['trial', 'in_service'], to: 'terminated', modes: ['placement'] },
  // 换人 (R11, R32): the placement goes back to dispatch, new interviews follow.
  replace: { from: ['trial', 'in_service'], to: 'dispatched', modes: ['placement'] },
} as const satisfies Record<string, Rule>;

export type OrderAction = keyof typeof ORDER_TRANSITIONS;
export const ORDER_ACTIONS = Object.keys(ORDER_TRANSITIONS) as OrderAction[];

export type TransitionResult =
  | { ok: true; to: OrderState }
  | { ok: false; reason: { zh: string; en: string } };

/** Where `action` takes an order in `state` of `mode`, or why it may not. */
export function transition(state: OrderState, action: OrderAction, mode: ServiceMode): TransitionResult {
  const rule: Rule = ORDER_TRANSITIONS[action];
  if (rule.modes && !rule.modes.includes(mode)) {
    return {
      ok: false,
      reason: {
        zh: `${mode === 'visit' ? '上门服务' : '上户服务'}订单没有此操作`,
        en: `Not available for ${mode} orders`,
      },
    };
  }
  if (!rule.from.includes(state)) {
    return {
      ok: false,
      reason: {
        zh: `订单当前为「${ORDER_STATE_LABELS[state]}」，不能执行此操作`,
        en: `Not allowed while the order is ${state}`,
      },
    };
  }
  return { ok: true, to: rule.to };
}

/** Actions open to an order now (for the UI's buttons). */
export const availableActions = (state: OrderState, mode: ServiceMode): OrderAction[] =>
  ORDER_ACTIONS.filter((a) => transition(state, a, mode).ok);

export const FINAL_STATES: readonly OrderState[] = ['closed', 'cancelled', 'terminated'];
