import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  FINAL_STATES,
  ORDER_ACTIONS,
  ORDER_STATES,
  type OrderState,
  type ServiceMode,
  transition,
} from './orders.rules.ts';

const reachable = (mode: ServiceMode) => {
  const seen = new Set<OrderState>(['inquiry']);
  const queue: OrderState[] = ['inquiry'];
  while (queue.length) {
    const s = queue.shift()!;
    for (const a of availableActions(s, mode)) {
      const r = transition(s, a, mode);
      if (r.ok && !seen.has(r.to)) {
        seen.add(r.to);
        queue.push(r.to);
      }
    }
  }
  return seen;
};

describe('order lifecycle (SPEC §3)', () => {
  it('walks a visit and a placement from first call to closed', () => {
    const walk = (mode: ServiceMode, actions: string[]) =>
      actions.reduce<OrderState>((s, a) => {
        const r = transition(s, a as never, mode);
        if (!r.ok) throw new Error(`${a} from ${s}: ${r.reason.en}`);
        return r.to;
      }, 'inquiry');
    const visit = [
      'confirm',
      'schedule_assessment',
      'issue_quote',
      'sign_contract',
      'dispatch',
      'start_service',
      'complete',
    ];
    expect(walk('visit', [...visit, 'request_rework', 'accept', 'settle', 'follow_up', 'close'])).toBe(
      'closed',
    );
    const placement = [
      'confirm',
      'issue_quote',
      'sign_contract',
      'dispatch',
      'schedule_interview',
      'start_trial',
      'start_service',
    ];
    expect(walk('placement', [...placement, 'terminate'])).toBe('terminated');
  });

  it('reaches every state in the mode it belongs to', () => {
    const visit = reachable('visit');
    const placement = reachable('placement');
    for (const s of ORDER_STATES) expect(visit.has(s) || placement.has(s), s).toBe(true);
    expect(visit.has('interview')).toBe(false);
    expect(placement.has('rework')).toBe(false);
  });

  it('never leaves a final state, and never cancels once service has started', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORDER_STATES),
        fc.constantFrom(...ORDER_ACTIONS),
        fc.constantFrom<ServiceMode>('visit', 'placement'),
        (state, action, mode) => {
          const r = transition(state, action, mode);
          if (FINAL_STATES.includes(state)) expect(r.ok).toBe(false);
          if (
            action === 'cancel' &&
            ['trial', 'in_service', 'completed', 'rework', 'accepted', 'settled'].includes(state)
          ) {
            expect(r.ok).toBe(false);
          }
          if (!r.ok) expect(r.reason.zh.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
