import { crc32, deflateSync } from 'node:zlib';
import { confirmOrder } from '../modules/orders/confirm-order.ts';
import { createOrder } from '../modules/orders/create-order.ts';
import { decideMyQuote } from '../modules/orders/decide-quote.ts';
import { generateContract } from '../modules/orders/generate-contract.ts';
import { issueQuote } from '../modules/orders/issue-quote.ts';
import { ZContractCreate, ZQuoteIssue } from '../modules/orders/quote-schemas.ts';
import { countersignContract, signMyContract } from '../modules/orders/sign-contract.ts';
import { updateWorkerRow } from '../modules/workers/worker.repository.ts';
import { addDays, shanghaiDate } from '../modules/workers/workers.rules.ts';
import type { Ctx } from '../platform/context.ts';
import type { Actor } from '../platform/permissions.ts';

/** Shanghai hours (tomorrow, relative to the loader's clock) of the demo's ready-to-dispatch visits. */
export const DEMO_DISPATCH_HOURS = ['09:00', '14:00'] as const;
const VISIT_HOURS = 3;

/**
 * Links the `worker` login (刘阿姨) to her worker file, and lets her work every day from 07:00 to
 * 20:00 so that the demo's visits of tomorrow are hers to take whatever the weekday.
 */
export async function linkDemoWorker(ctx: Ctx, workerId: string, userId: string): Promise<void> {
  await updateWorkerRow(ctx.db, ctx.actor.companyId, workerId, {
    userId,
    workDays: [1, 2, 3, 4, 5, 6, 7],
    workStart: '07:00',
    workEnd: '20:00',
  });
}

/** A small PNG of a scribble: the demo customer's "handwritten" signature (grey wave on white). */
export function scribblePng(width = 160, height = 48): string {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width, 255); // filter byte 0, then one grey byte per pixel
    row[0] = 0;
    for (let x = 0; x < width; x++) {
      const wave = height / 2 + Math.sin(x / 9) * (height / 3) * Math.cos(x / 37);
      if (Math.abs(y - wave) < 1.6) row[1 + x] = 30;
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

export type DemoDispatchInput = {
  /** The 朝阳门店 store manager (takes the order for her store, quotes, draws up and countersigns). */
  manager: Actor;
  /** The `customer` login, linked to 陈女士 (accepts the quote and signs on "her phone"). */
  customer: Actor;
  customerName: string;
  customerId: string;
  addressId: string;
  serviceTypeId: string;
};

/**
 * Two 日常保洁 visits of 陈女士 for tomorrow (09:00 and 14:00 Shanghai, three hours each), taken
 * through the same use cases as the API: the store manager books them for 朝阳门店, confirms and
 * quotes; the customer accepts the quote and signs the contract; the company countersigns. They
 * end `contracted`, ready to dispatch. Returns the order ids.
 */
export async function loadDemoDispatchOrders(ctx: Ctx, input: DemoDispatchInput): Promise<string[]> {
  const staff: Ctx = { ...ctx, actor: input.manager };
  const customer: Ctx = { ...ctx, actor: input.customer };
  const tomorrow = addDays(shanghaiDate(ctx.clock.now()), 1);
  const meta = { userAgent: 'demo-loader' };
  const signature = scribblePng();
  const ids: string[] = [];
  for (const hour of DEMO_DISPATCH_HOURS) {
    const start = new Date(`${tomorrow}T${hour}:00+08:00`);
    const order = await createOrder(staff, {
      customerId: input.customerId,
      serviceTypeId: input.serviceTypeId,
      channel: 'phone',
      addressId: input.addressId,
      windowStart: start.toISOString(),
      windowEnd: new Date(start.getTime() + VISIT_HOURS * 3_600_000).toISOString(),
      quantity: VISIT_HOURS,
      notes: '演示：待派单的上门保洁',
    });
    await confirmOrder(staff, order.id);
    const quote = await issueQuote(staff, order.id, ZQuoteIssue.parse({}));
    await decideMyQuote(customer, quote.id, 'accept');
    const contract = await generateContract(staff, order.id, ZContractCreate.parse({}));
    await signMyContract(
      customer,
      contract.id,
      { typedName: input.customerName, signaturePng: signature, sha256: contract.textSha256 },
      meta,
    );
    await countersignContract(staff, contract.id, meta);
    ids.push(order.id);
  }
  return ids;
}
