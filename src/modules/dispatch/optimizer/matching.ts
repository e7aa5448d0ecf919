import { MinHeap } from './heap.ts';

/**
 * Exact maximum-weight b-matching on a sparse bipartite graph: every row (job) takes at most one
 * column (worker), column j takes at most cap[j] rows, maximise the total weight. Rows may stay
 * unmatched. With all caps 1 this is the plain assignment problem.
 *
 * Method: successive shortest augmenting paths with potentials (Jonker–Volgenant / Crouse's
 * rectangular variant, made sparse and given column capacities).
 * - Each row gets a private dummy column of cost M (M = max weight); a real edge costs M - weight
 *   >= 0. Every row then must be matched (to a real column or its dummy); total cost =
 *   rows*M - (weight of the real matching), so a min-cost such matching is a max-weight matching.
 * - Rows are added one at a time. For the new row, Dijkstra over reduced costs c - u[i] - v[j]
 *   (never negative, see below) finds a shortest alternating path to a column with spare capacity
 *   (a dummy always qualifies, so a path exists), then the duals are updated and the path
 *   flipped. A full column is left through any of its rows; matched edges are tight (reduced
 *   cost 0), so those rows get the column's distance.
 * Why exact: the LP of the problem is min Σc·x, Σ_j x_ij = 1 (rows), Σ_i x_ij <= cap_j, x >= 0;
 * its dual is max Σu_i + Σcap_j·v_j with u_i + v_j <= c_ij and v_j <= 0. The updates below keep
 * (a) u_i + v_j <= c_ij on every edge (Dijkstra distances are shortest), (b) equality on matched
 * edges, (c) v_j = 0 for every column that is not full: a column is only ever visited as an
 * intermediate node when full, and loads never decrease, so v_j changes only after it filled up;
 * when a column with spare room is reached it ends the search with a zero update. After the last
 * row, x is primal feasible, (u, v) dual feasible and complementary slackness holds, so x is
 * optimal for the LP — and x is integral, so it is optimal for the integer problem. (The LP of a
 * bipartite b-matching is totally unimodular anyway.) Float weights: the only error is rounding
 * in the duals (~1e-13 relative), far below any meaningful score difference.
 * Cost: one Dijkstra per row that stops at the first free column; on the sparse graph this is
 * typically a small fraction of the edges.
 */
export type BMatchingGraph = {
  rows: number;
  cols: number;
  /** CSR by row: the edges of row i are rowStart[i] .. rowStart[i+1]-1. */
  rowStart: Int32Array;
  colOf: Int32Array;
  weight: Float64Array;
  /** Capacity of each column (>= 0). */
  cap: Int32Array;
};

export type BMatching = {
  /** Edge index (into the CSR arrays) used by each row, or -1 when the row stays unmatched. */
  edgeOfRow: Int32Array;
  total: number;
};

export function maxWeightBMatching(g: BMatchingGraph): BMatching {
  const { rows, cols, rowStart, colOf, weight, cap } = g;
  let big = 0;
  for (let e = 0; e < weight.length; e++) if (weight[e]! > big) big = weight[e]!;
  const n = cols + rows; // columns, then one dummy per row (cols + i)
  const u = new Float64Array(rows);
  const v = new Float64Array(cols); // dummies keep v = 0: they are only ever reached as sinks
  const spc = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const pathRow = new Int32Array(n);
  const pathEdge = new Int32Array(n);
  const done = new Uint8Array(n);
  const touched: number[] = [];
  const settled: number[] = [];
  const visitedRows: number[] = [];
  const slotStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) slotStart[j + 1] = slotStart[j]! + Math.max(0, cap[j]!);
  const members = new Int32Array(slotStart[cols]!);
  const load = new Int32Array(cols);
  const colOfRow = new Int32Array(rows).fill(-1);
  const edgeOfRow = new Int32Array(rows).fill(-1);
  const heap = new MinHeap();

  const relax = (i: number, dist: number) => {
    const ui = u[i]!;
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const j = colOf[e]!;
      if (done[j]) continue;
      const r = dist + (big - weight[e]!) - ui - v[j]!;
      if (r < spc[j]!) {
        if (spc[j] === Number.POSITIVE_INFINITY) touched.push(j);
        spc[j] = r;
        pathRow[j] = i;
        pathEdge[j] = e;
        heap.push(r, j);
      }
    }
    const d = cols + i;
    const r = dist + big - ui;
    if (!done[d] && r < spc[d]!) {
      if (spc[d] === Number.POSITIVE_INFINITY) touched.push(d);
      spc[d] = r;
      pathRow[d] = i;
      pathEdge[d] = -1;
      heap.push(r, d);
    }
  };

  for (let cur = 0; cur < rows; cur++) {
    visitedRows.push(cur);
    relax(cur, 0);
    let sink = -1;
    let minVal = 0;
    while (sink < 0) {
      let j = -1;
      while (heap.size > 0) {
        const key = heap.topKey();
        const c = heap.pop();
        if (!done[c] && key === spc[c]) {
          j = c;
          break;
        }
      }
      if (j < 0) throw new Error('b-matching: no augmenting path (cannot happen with dummies)');
      minVal = spc[j]!;
      done[j] = 1;
      settled.push(j);
      if (j >= cols || load[j]! < cap[j]!) {
        sink = j;
        break;
      }
      for (let s = slotStart[j]!, end = s + load[j]!; s < end; s++) {
        const i = members[s]!;
        visitedRows.push(i);
        relax(i, minVal);
      }
    }
    // Dual update (keeps reduced costs >= 0 and matched edges tight).
    u[cur] = u[cur]! + minVal;
    for (let k = 1; k < visitedRows.length; k++) {
      const i = visitedRows[k]!;
      u[i] = u[i]! + minVal - spc[colOfRow[i]!]!;
    }
    for (const j of settled) if (j < cols) v[j] = v[j]! - (minVal - spc[j]!);
    // Flip the path: from the sink back to the new row.
    let j = sink;
    for (;;) {
      const i = pathRow[j]!;
      const from = colOfRow[i]!; // -1 for the new row
      // Row i moves into column j (or, for a dummy, becomes unmatched).
      if (j >= cols) {
        colOfRow[i] = -1;
        edgeOfRow[i] = -1;
      } else {
        colOfRow[i] = j;
        edgeOfRow[i] = pathEdge[j]!;
      }
      if (j === sink && j < cols) {
        members[slotStart[j]! + load[j]!] = i;
        load[j] = load[j]! + 1;
      }
      if (from < 0) break;
      // i left column `from`; the row that reached `from` takes its slot there.
      const next = pathRow[from]!;
      for (let s = slotStart[from]!, end = s + load[from]!; s < end; s++) {
        if (members[s] === i) {
          members[s] = next;
          break;
        }
      }
      j = from;
    }
    for (const c of touched) {
      spc[c] = Number.POSITIVE_INFINITY;
      done[c] = 0;
    }
    touched.length = 0;
    settled.length = 0;
    visitedRows.length = 0;
    heap.clear();
  }
  let total = 0;
  for (let i = 0; i < rows; i++) if (edgeOfRow[i]! >= 0) total += weight[edgeOfRow[i]!]!;
  return { edgeOfRow, total };
}
