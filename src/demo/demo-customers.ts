import { createCustomer } from '../modules/customers/create-customer.ts';
import { linkCustomerUser } from '../modules/customers/link-customer-user.ts';
import type { Ctx } from '../platform/context.ts';
import { checkCharacter } from '../platform/id-number.ts';

const NAMES = ['陈', '林', '黄', '周', '吴', '郑', '王', '冯', '蒋', '沈', '韩', '杨', '朱', '秦', '许'];
const TITLES = ['女士', '先生'];
const DISTRICTS: [string, string[]][] = [
  ['朝阳区', ['望京花园', '金隅国际', '远洋天地', '四季星河']],
  ['海淀区', ['万柳书院', '世纪城', '当代城市家园']],
  ['东城区', ['东堂子胡同', '金宝街 8 号院']],
  ['西城区', ['金融街 E 区', '白云路小区']],
];
/** Rough coordinates of the demo communities (so dispatch measures real distances). */
const COMMUNITY_POINTS: Record<string, [number, number]> = {
  望京花园: [39.9962, 116.4693],
  金隅国际: [39.9886, 116.4798],
  远洋天地: [39.9068, 116.5186],
  四季星河: [40.0305, 116.4262],
  万柳书院: [39.9752, 116.2903],
  世纪城: [39.9641, 116.2852],
  当代城市家园: [39.9631, 116.3062],
  东堂子胡同: [39.9186, 116.4181],
  '金宝街 8 号院': [39.9176, 116.4199],
  '金融街 E 区': [39.9151, 116.3588],
  白云路小区: [39.8991, 116.3421],
};
const CHANNELS = ['phone', 'walk_in', 'online', 'referral', 'call_center'] as const;

/** Demo phones 137 0000 2xxx: known strings that the privacy test looks for. */
export const demoCustomerPhone = (i: number) => `1370000${String(2000 + i)}`;

/**
 * ~30 demo customers with households, preferences and sensitive detailed addresses (geocoded); the
 * first is linked to the `customer` login so that her H5 pages have a file, and is returned.
 */
export async function loadDemoCustomers(
  ctx: Ctx,
  customerUserId: string | undefined,
  count = 30,
): Promise<{ id: string; addressId: string } | null> {
  let first: { id: string; addressId: string } | null = null;
  for (let i = 0; i < count; i++) {
    const [district, communities] = DISTRICTS[i % DISTRICTS.length]!;
    const community = communities[i % communities.length]!;
    const first17 = `110105${1960 + ((i * 3) % 35)}0${1 + (i % 9)}1${i % 9}${String(300 + i).slice(-3)}`;
    const c = await createCustomer(ctx, {
      name: `${NAMES[i % NAMES.length]}${TITLES[i % 2]}`,
      phones: i % 5 === 0 ? [demoCustomerPhone(i), `010-6500${String(3000 + i)}`] : [demoCustomerPhone(i)],
      sourceChannel: CHANNELS[i % CHANNELS.length]!,
      idNumber: i % 3 === 0 ? first17 + checkCharacter(first17) : null,
      household: {
        areaM2: 60 + ((i * 17) % 140),
        rooms: 1 + (i % 4),
        members: 2 + (i % 4),
        children: i % 3 === 0 ? [{ age: 1 + (i % 6) }] : [],
        elders: i % 4 === 0 ? 1 : 0,
        pets: i % 5 === 0 ? '猫一只' : null,
        specialNeeds: i % 7 === 0 ? '老人行动不便，需要搀扶' : null,
      },
      preferences: {
        nativePlace: i % 2 === 0 ? '河南' : null,
        cuisine: i % 3 === 0 ? '北方家常菜' : null,
        workerAgeMin: 30,
        workerAgeMax: 50,
      },
      tags: i % 4 === 0 ? ['老客户'] : i % 6 === 1 ? ['月嫂意向'] : [],
      addresses: [
        {
          label: '家',
          province: '北京市',
          city: '北京市',
          district,
          community,
          detail: `${1 + (i % 12)} 号楼 ${1 + (i % 3)} 单元 ${(i % 20) + 101} 室`,
          accessNotes: i % 2 === 0 ? '门禁密码请致电客户' : null,
          lat: COMMUNITY_POINTS[community]?.[0] ?? null,
          lng: COMMUNITY_POINTS[community]?.[1] ?? null,
          isDefault: true,
        },
      ],
    });
    if (i === 0) {
      first = { id: c.id, addressId: c.addresses[0]!.id };
      if (customerUserId) await linkCustomerUser(ctx, c.id, customerUserId);
    }
  }
  return first;
}
