/**
 * A proposed plan of a day being edited on the board: generate (POST /dispatch/plan), move a
 * job to another worker or time, select, and accept (POST /dispatch/plan/accept) with the
 * per-item results kept beside the items.
 */
import { useCallback, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { dispatchApi } from './api';
import type { AcceptResult, Plan, PlanItem } from './types';

export interface DraftPlan {
  plan: Plan;
  items: PlanItem[];
  selected: Set<string>;
  results: Map<string, AcceptResult>;
}

export function usePlan(date: string, storeId: string | undefined) {
  const [draft, setDraft] = useState<DraftPlan | null>(null);
  const [busy, setBusy] = useState<'plan' | 'accept' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const generate = useCallback(async () => {
    setBusy('plan');
    setError(null);
    try {
      const plan = await dispatchApi.plan(date, storeId);
      setDraft({ plan, items: plan.items, selected: new Set(), results: new Map() });
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }, [date, storeId]);

  const discard = useCallback(() => {
    setDraft(null);
    setError(null);
  }, []);

  /** Puts a job in another worker's row and/or at another start, keeping its length. */
  const move = useCallback((orderId: string, worker: { id: string; name: string }, startsAt: string) => {
    setDraft((d) => {
      if (!d) return d;
      const items = d.items.map((item) => {
        if (item.orderId !== orderId) return item;
        const length = new Date(item.endsAt).getTime() - new Date(item.startsAt).getTime();
        const endsAt = new Date(new Date(startsAt).getTime() + length).toISOString();
        return { ...item, workerId: worker.id, workerName: worker.name, startsAt, endsAt };
      });
      const results = new Map(d.results);
      results.delete(orderId);
      return { ...d, items, results };
    });
  }, []);

  const toggle = useCallback((orderId: string, on: boolean) => {
    setDraft((d) => {
      if (!d) return d;
      const selected = new Set(d.selected);
      if (on) selected.add(orderId);
      else selected.delete(orderId);
      return { ...d, selected };
    });
  }, []);

  const accept = useCallback(
    async (onlySelected: boolean): Promise<AcceptResult[] | null> => {
      if (!draft) return null;
      const pending = draft.items.filter(
        (i) => draft.results.get(i.orderId)?.ok !== true && (!onlySelected || draft.selected.has(i.orderId)),
      );
      if (pending.length === 0) return null;
      setBusy('accept');
      setError(null);
      try {
        const body = await dispatchApi.acceptPlan(
          pending.map((i) => ({ orderId: i.orderId, workerId: i.workerId, startsAt: i.startsAt })),
        );
        setDraft((d) => {
          if (!d) return d;
          const results = new Map(d.results);
          const selected = new Set(d.selected);
          for (const r of body.results) {
            results.set(r.orderId, r);
            if (r.ok) selected.delete(r.orderId);
          }
          return { ...d, results, selected };
        });
        return body.results;
      } catch (caught) {
        setError(asApiError(caught));
        return null;
      } finally {
        setBusy(null);
      }
    },
    [draft],
  );

  return { draft, busy, error, generate, discard, move, toggle, accept };
}
