import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { maskedPhone } from './audit-events.ts';
import { addressesOf, deletePhones, moveAddresses, movePhones, phonesOf } from './contact.repository.ts';
import { type CustomerRow, insertMerge, lockCustomer, updateCustomerRow } from './customer.repository.ts';
import { fillEmpty } from './customer.rules.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, CUSTOMER_ID_PREFIX, mergedAlready } from './customer-helpers.ts';
import { moveCustomerHistory } from './customer-history.ts';

const invalid = (zh: string, en: string) => new AppError('INVALID_STATE', { reason: { zh, en } });

/**
 * Merges the file `sourceId` (a duplicate) into `targetId`, keeping all history: the source's
 * phones (those the target lacks) and addresses move to the target, which keeps its primary
 * phone and default address; tags are united; the target's empty ID number, household and
 * preference fields are filled from the source; a blacklisting and a linked login carry over.
 * The source stays, hidden from lists, pointing at the target (`mergedIntoId`).
 */
export async function mergeCustomers(ctx: Ctx, sourceId: string, targetId: string) {
  authorizeCompanyWide(ctx.actor, 'customer.merge');
  const companyId = ctx.actor.companyId;
  if (sourceId === targetId)
    throw invalid('不能把客户档案合并到它自己', 'A file cannot be merged into itself');
  return ctx.db.transaction(async (tx) => {
    // Lock both files in id order so that two opposite merges cannot deadlock.
    const locked = new Map<string, CustomerRow | undefined>();
    for (const cid of [sourceId, targetId].sort()) locked.set(cid, await lockCustomer(tx, companyId, cid));
    const source = locked.get(sourceId);
    const target = locked.get(targetId);
    if (!source || !target) throw notFound('customer');
    if (source.mergedIntoId) throw mergedAlready(source);
    if (target.mergedIntoId) throw mergedAlready(target);
    if (source.userId && target.userId && source.userId !== target.userId) {
      throw invalid(
        '两个档案关联了不同的登录账号，请先解除其中一个',
        'Both files are linked to different logins',
      );
    }
    const now = ctx.clock.now();

    const targetPhones = new Set((await phonesOf(tx, companyId, [targetId])).map((p) => p.phone));
    const sourcePhones = (await phonesOf(tx, companyId, [sourceId])).map((p) => p.phone);
    const phonesMoved = sourcePhones.filter((p) => !targetPhones.has(p));
    await movePhones(tx, companyId, sourceId, targetId, phonesMoved);
    await deletePhones(
      tx,
      companyId,
      sourceId,
      sourcePhones.filter((p) => targetPhones.has(p)),
    );
    const targetHasDefault = (await addressesOf(tx, companyId, [targetId])).some((a) => a.isDefault);
    const addressesMoved = (await moveAddresses(tx, companyId, sourceId, targetId, !targetHasDefault)).map(
      (a) => a.id,
    );

    const tagsAdded = source.tags.filter((t) => !target.tags.includes(t));
    const household = fillEmpty(target.household, source.household);
    const preferences = fillEmpty(target.preferences, source.preferences);
    const takeId = !target.idNumberEnc && !!source.idNumberEnc;
    const takeBlacklist = source.blacklisted && !target.blacklisted;
    const filled = [
      ...(takeId ? ['idNumber'] : []),
      ...household.filled.map((k) => `household.${k}`),
      ...preferences.filled.map((k) => `preferences.${k}`),
      ...(takeBlacklist ? ['blacklisted'] : []),
      ...(source.userId && !target.userId ? ['userId'] : []),
    ];
    await updateCustomerRow(tx, companyId, sourceId, {
      mergedIntoId: targetId,
      userId: null,
      updatedAt: now,
    });
    const merged = await updateCustomerRow(tx, companyId, targetId, {
      tags: [...target.tags, ...tagsAdded],
      household: household.value,
      preferences: preferences.value,
      ...(takeId
        ? {
            idNumberEnc: source.idNumberEnc,
            idNumberHash: source.idNumberHash,
            idNumberMasked: source.idNumberMasked,
          }
        : {}),
      ...(takeBlacklist ? { blacklisted: true, blacklistReason: source.blacklistReason } : {}),
      userId: target.userId ?? source.userId,
      updatedAt: now,
    });
    await insertMerge(tx, {
      companyId,
      id: newId(CUSTOMER_ID_PREFIX.merge),
      sourceId,
      targetId,
      mergedBy: ctx.actor.userId,
      mergedAt: now,
    });
    await moveCustomerHistory(tx, companyId, sourceId, targetId);

    const common = {
      sourceId,
      targetId,
      phonesMoved: phonesMoved.map(maskedPhone),
      addressesMoved,
      tagsAdded,
      filled,
    };
    for (const [entityId, role] of [
      [sourceId, 'source'],
      [targetId, 'target'],
    ] as const) {
      await writeAudit(tx, auditMeta(ctx), {
        action: 'customer.merge',
        entityType: 'customer',
        entityId,
        payload: { role, ...common },
      });
    }
    return toStaffView(await bundleOf(tx, merged));
  });
}
