/**
 * Seeds `orders` orders into a company that already has customers (with addresses), service types,
 * stores and order-taking staff (the demo company: `loadDemo`), straight in SQL with
 * `insert … select … from generate_series`, CHUNK rows a statement. Orders spread over two years
 * (created_at, and the time part of their ids, so newest-first by id is newest-first by date);
 * statuses follow age (recent ones in flight, old ones closed, settled or cancelled); routing,
 * stores, channels, owners and urgency in plausible proportions. Then callbacks: ~5% of orders have
 * an open one (about a third of those overdue) and ~10% a done one.
 *   DATABASE_URL=postgres://…/db node --import tsx scripts/bench/seed-orders.ts   (a database with the demo loaded)
 */
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';

export type SeedOrdersOptions = { orders: number; chunk?: number; onChunk?: (done: number) => void };
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // src/platform/ids.ts

type Rows<T> = { rows: T[] };
const rowsOf = <T>(res: unknown) => (res as Rows<T>).rows;

/** SQL for the 10-character time part of a `newId`: ms since the epoch in Crockford base32. */
const timePart = (ms: string) =>
  Array.from(
    { length: 10 },
    (_, i) => `substr('${ALPHABET}', ((${ms} >> ${5 * (9 - i)}) & 31)::int + 1, 1)`,
  ).join(' || ');

export async function seedOrders(db: Db, companyId: string, opts: SeedOrdersOptions) {
  const chunk = opts.chunk ?? 200_000;
  const q = async <T>(s: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(s));

  const custs = await q<{ id: string; address_id: string; district: string; community: string }>(
    sql`select c.id, a.id as address_id, a.district, a.community from customers c
        join customer_addresses a on a.company_id = c.company_id and a.customer_id = c.id and a.is_default
        where c.company_id = ${companyId} and c.merged_into_id is null order by c.id`,
  );
  const services = await q<{ id: string; name: string; mode: string }>(
    sql`select id, name, mode from service_types where company_id = ${companyId} and status = 'active' order by id`,
  );
  const storeRows = await q<{ id: string }>(
    sql`select id from stores where company_id = ${companyId} and kind = 'store' order by created_at, id`,
  );
  const staff = await q<{ id: string; role: string }>(
    sql`select u.id, r.role from users u join user_roles r on r.company_id = u.company_id and r.user_id = u.id
        where u.company_id = ${companyId} and r.role in ('agent', 'store_manager', 'admin')`,
  );
  if (!custs.length || !services.length || !storeRows.length || !staff.length)
    throw new Error('seedOrders needs customers with addresses, service types, stores and staff');
  const byRole = (role: string) => staff.find((s) => s.role === role)?.id ?? staff[0]!.id;

  // Weighted service mix: 日常保洁 dominates, then the other visits, placements less often.
  const svc: { id: string; mode: string }[] = [];
  for (const s of services) {
    const w = s.name === '日常保洁' ? 12 : s.mode === 'visit' ? 3 : 2;
    for (let i = 0; i < w; i++) svc.push(s);
  }
  const arr = (xs: string[]) => sql`${sql.param(xs)}::text[]`;
  const cIds = arr(custs.map((c) => c.id));
  const cAddr = arr(custs.map((c) => c.address_id));
  const cDist = arr(custs.map((c) => c.district));
  const cComm = arr(custs.map((c) => c.community));
  const sIds = arr(svc.map((s) => s.id));
  const sModes = arr(svc.map((s) => s.mode));
  const [storeA, storeB] = [storeRows[0]!.id, (storeRows[1] ?? storeRows[0]!).id];
  const [agent, manager, admin] = [byRole('agent'), byRole('store_manager'), byRole('admin')];

  // Age decides the status: in the last 30 days orders are still moving through the lifecycle;
  // older ones mostly ended (closed, followed up, settled, cancelled) or are long placements.
  const statusSql = sql.raw(`case when age < 30 then case
      when r1 < .15 then 'inquiry' when r1 < .23 then 'confirmed' when r1 < .28 then 'assessment'
      when r1 < .35 then 'quoted' when r1 < .40 then 'contracted' when r1 < .46 then 'dispatched'
      when r1 < .50 then 'interview' when r1 < .55 then 'trial' when r1 < .75 then 'in_service'
      when r1 < .80 then 'completed' when r1 < .81 then 'rework' when r1 < .84 then 'accepted'
      when r1 < .86 then 'settled' when r1 < .95 then 'cancelled' else 'closed' end
    else case
      when r1 < .005 then 'inquiry' when r1 < .10 then 'in_service' when r1 < .12 then 'completed'
      when r1 < .14 then 'accepted' when r1 < .20 then 'settled' when r1 < .30 then 'followed_up'
      when r1 < .35 then 'terminated' when r1 < .50 then 'cancelled' else 'closed' end end`);
  const routingSql = sql.raw(`case when status <> 'inquiry' then 'accepted'
      when r2 < .45 then 'unrouted' when r2 < .75 then 'pending' when r2 < .82 then 'clarifying'
      when r2 < .85 then 'offered' else 'accepted' end`);

  let done = 0;
  for (let from = 1; from <= opts.orders; from += chunk) {
    const to = Math.min(opts.orders, from + chunk - 1);
    await db.execute(sql`
      insert into orders (company_id, id, customer_id, service_type_id, mode, status, channel, owner_agent_id,
        store_id, routing, urgent, window_start, window_end, start_date, address_id, district, community,
        quantity, created_at, updated_at)
      select ${companyId}, 'ord_' || ${sql.raw(timePart('ms'))} || substr(md5(random()::text), 1, 16),
        (${cIds})[ci], (${sIds})[si], (${sModes})[si], status, channel, owner, store_id, routing,
        urgent or routing = 'offered',
        case when (${sModes})[si] = 'visit' then ts + make_interval(days => 1 + (r5 * 14)::int) end,
        case when (${sModes})[si] = 'visit' then ts + make_interval(days => 1 + (r5 * 14)::int, hours => 3) end,
        case when (${sModes})[si] = 'placement' then (ts + interval '7 days')::date end,
        (${cAddr})[ci], (${cDist})[ci], (${cComm})[ci],
        case when (${sModes})[si] = 'visit' then 2 + (r5 * 4)::int else 1 end,
        ts, ts
      from (
        select *, case when routing in ('unrouted', 'offered') then null
                       when r3 < .6 then ${storeA} else ${storeB} end as store_id
        from (
          select *, ${routingSql} as routing
          from (
            select *, ${statusSql} as status
            from (
              select g, ts, (extract(epoch from ts) * 1000)::bigint as ms,
                extract(day from now() - ts)::int as age,
                1 + (random() * ${custs.length - 1})::int as ci, 1 + (random() * ${svc.length - 1})::int as si,
                random() as r1, random() as r2, random() as r3, random() < .03 as urgent, random() as r5,
                (array['phone','phone','phone','phone','call_center','call_center','online','online','walk_in','referral'])[1 + (random() * 9)::int] as channel,
                (array[${agent}, ${agent}, ${agent}, ${agent}, ${agent}, ${agent}, ${agent}, ${manager}, ${manager}, ${admin}]::text[])[1 + (random() * 9)::int] as owner
              from (select g, now() - random() * interval '730 days' as ts
                    from generate_series(${from}::int, ${to}::int) g offset 0) t0
              offset 0) t1
            offset 0) t2
          offset 0) t3
        offset 0) t4`);
    done = to;
    opts.onChunk?.(done);
  }

  // Callbacks (R5, R7, R25): ~5% of orders with an open one due from 10 days ago to 20 days ahead
  // (a third overdue), ~10% with a done one.
  await db.execute(sql`
    insert into callbacks (company_id, id, order_id, owner_user_id, due_on, reason, state, created_at)
    select company_id, 'cb_' || substr(id, 5, 10) || substr(md5(random()::text), 1, 16), id, owner_agent_id,
      current_date + (random() * 30)::int - 10, '客户要求回访', 'open', created_at
    from orders where company_id = ${companyId} and random() < 0.05`);
  await db.execute(sql`
    insert into callbacks (company_id, id, order_id, owner_user_id, due_on, reason, state, outcome, done_at, done_by, created_at)
    select company_id, 'cb_' || substr(id, 5, 10) || substr(md5(random()::text), 1, 16), id, owner_agent_id,
      (created_at + interval '3 days')::date, '服务后回访', 'done', '客户满意', created_at + interval '3 days',
      owner_agent_id, created_at
    from orders where company_id = ${companyId} and random() < 0.10`);

  const [counts] = await q<{ orders: number; open: number; overdue: number; urgent: number }>(
    sql`select (select count(*)::int from orders where company_id = ${companyId}) as orders,
      (select count(*)::int from callbacks where company_id = ${companyId} and state = 'open') as open,
      (select count(*)::int from callbacks where company_id = ${companyId} and state = 'open' and due_on < current_date) as overdue,
      (select count(*)::int from orders where company_id = ${companyId} and urgent) as urgent`,
  );
  return {
    counts: counts!,
    customers: custs.length,
    services: services.length,
    stores: [storeA, storeB],
    agents: { agent, manager, admin },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { openDb } = await import('../../src/db/client.ts');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL: a PostgreSQL database with the demo company loaded');
  const handle = await openDb({ databaseUrl: url });
  const [co] = rowsOf<{ id: string }>(
    await handle.db.execute(sql`select id from companies order by id limit 1`),
  );
  const t = performance.now();
  const out = await seedOrders(handle.db, co!.id, { orders: Number(process.env.ORDERS ?? 1_000_000) });
  await handle.db.execute(sql`vacuum analyze orders`);
  await handle.db.execute(sql`vacuum analyze callbacks`);
  console.log({ ...out.counts, seconds: ((performance.now() - t) / 1000).toFixed(1) });
  await handle.close();
}
