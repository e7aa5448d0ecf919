import type { PlanState } from './plan-state.ts';

/**
 * Improving moves on a PlanState; every move keeps every day feasible and strictly raises the
 * objective, so the search terminates.
 *
 * bestMove(j): move job j (assigned or not) to a candidate worker w that pays more than j gets
 * now, either
 *   - directly, if j fits into w's day; or
 *   - by ejecting one or two jobs from w's day so that j fits, each ejected job then going to the
 *     best other worker whose day has room — possibly j's old worker, which makes it a swap — or
 *     staying unassigned: an ejection chain.
 * The gain is score(j,w) - current(j) - Σ score(ejected, w) + Σ score(ejected, new worker).
 * Upper bounds on the gain prune the scan: candidates are sorted by score, so once
 * score(j,w) - current(j) cannot beat the best gain found, no later candidate can; an ejection is
 * only evaluated if its ejected jobs' best possible scores could still make it the best.
 */
type Place = { j: number; w: number; s: number };
export type Move = { gain: number; removes: number[]; places: Place[] };

const EPS = 1e-9;

/** Where ejected jobs go: each, best score first, to the best other worker with room (simulated). */
function reinsert(
  st: PlanState,
  ejected: number[],
  banned: number,
  changed: Map<number, number[]>,
  need: number,
) {
  const places: Place[] = [];
  let gain = 0;
  let hope = 0;
  for (const k of ejected) hope += st.bestScore(k);
  for (const k of ejected) {
    hope -= st.bestScore(k);
    // scores at or below `floor` cannot make this move the best one: stop looking for k
    const floor = need - gain - hope;
    for (let c = st.candStart[k]!; c < st.candStart[k + 1]!; c++) {
      if (st.candScore[c]! <= floor) break;
      const w2 = st.candWorker[c]!;
      if (w2 === banned) continue;
      const route = st.tryInsert(k, w2, changed.get(w2) ?? st.routes[w2]!);
      if (!route) continue;
      changed.set(w2, route);
      places.push({ j: k, w: w2, s: st.candScore[c]! });
      gain += st.candScore[c]!;
      break;
    }
  }
  return { places, gain };
}

function subsets(day: readonly number[]): number[][] {
  const out: number[][] = day.map((k) => [k]);
  for (let a = 0; a < day.length; a++) for (let b = a + 1; b < day.length; b++) out.push([day[a]!, day[b]!]);
  return out;
}

export function bestMove(st: PlanState, j: number): Move | null {
  const current = st.scoreOf[j]!;
  const from = st.workerOf[j]!;
  let best: Move | null = null;
  const bestGain = () => best?.gain ?? EPS;
  for (let c = st.candStart[j]!; c < st.candStart[j + 1]!; c++) {
    const s = st.candScore[c]!;
    if (s - current <= bestGain()) break;
    const w = st.candWorker[c]!;
    if (w === from) continue;
    const place: Place = { j, w, s };
    if (st.tryInsert(j, w)) {
      best = { gain: s - current, removes: [j], places: [place] };
      continue; // nothing on w can beat a direct insertion
    }
    const day = st.routes[w]!;
    for (const out of subsets(day)) {
      let lost = 0;
      let hope = 0;
      for (const k of out) {
        lost += st.scoreOf[k]!;
        hope += st.bestScore(k);
      }
      if (s - current - lost + hope <= bestGain()) continue;
      const route = st.tryInsert(
        j,
        w,
        day.filter((x) => !out.includes(x)),
      );
      if (!route) continue;
      const changed = new Map([[w, route]]);
      if (from >= 0)
        changed.set(
          from,
          st.routes[from]!.filter((x) => x !== j),
        ); // j has left: swaps too
      const re = reinsert(st, out, w, changed, bestGain() - (s - current - lost));
      const gain = s - current - lost + re.gain;
      if (gain > bestGain()) best = { gain, removes: [j, ...out], places: [place, ...re.places] };
    }
  }
  return best;
}

/** Applies a move found by bestMove on the same state (insertions are deterministic). */
export function applyMove(st: PlanState, m: Move) {
  for (const k of m.removes) st.remove(k);
  for (const p of m.places) {
    const route = st.tryInsert(p.j, p.w);
    if (!route) throw new Error('internal error: a planned insertion became infeasible');
    st.place(p.j, p.w, route, p.s);
  }
}

/**
 * Repeats passes over all jobs (unassigned ones first, by best possible score) applying the best
 * move of each, until a pass finds nothing or the deadline passes. Returns the number of moves.
 */
export function improve(st: PlanState, deadline: number): number {
  const n = st.inst.jobs.length;
  let moves = 0;
  for (;;) {
    const order = Array.from({ length: n }, (_, j) => j).sort(
      (a, b) =>
        Number(st.workerOf[a]! >= 0) - Number(st.workerOf[b]! >= 0) ||
        st.bestScore(b) - st.bestScore(a) ||
        a - b,
    );
    let improved = false;
    for (let i = 0; i < n; i++) {
      if ((i & 63) === 0 && performance.now() > deadline) return moves;
      const j = order[i]!;
      if (st.bestScore(j) <= st.scoreOf[j]!) continue;
      const m = bestMove(st, j);
      if (m) {
        applyMove(st, m);
        moves++;
        improved = true;
      }
    }
    if (!improved) return moves;
  }
}
