/**
 * Distances for dispatch. Homes and addresses carry coordinates when geocoded; otherwise the
 * centre of their district stands in (so a district-only address still ranks sensibly).
 */
export type Point = { lat: number; lng: number };

/** District centres (Beijing, where the demo company works); unknown districts give no distance. */
const DISTRICT_CENTRES: Record<string, Point> = {
  东城区: { lat: 39.9288, lng: 116.4163 },
  西城区: { lat: 39.9123, lng: 116.366 },
  朝阳区: { lat: 39.9215, lng: 116.4866 },
  海淀区: { lat: 39.9599, lng: 116.2982 },
  丰台区: { lat: 39.8585, lng: 116.287 },
  石景山区: { lat: 39.9056, lng: 116.2229 },
  通州区: { lat: 39.9025, lng: 116.6566 },
  昌平区: { lat: 40.2206, lng: 116.2312 },
  大兴区: { lat: 39.7267, lng: 116.3416 },
  顺义区: { lat: 40.1301, lng: 116.6545 },
  房山区: { lat: 39.7488, lng: 116.1432 },
  门头沟区: { lat: 39.9404, lng: 116.1021 },
};

export function pointOf(lat: number | null, lng: number | null, district: string | null): Point | null {
  if (lat != null && lng != null) return { lat, lng };
  return district ? (DISTRICT_CENTRES[district] ?? null) : null;
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Door-to-door minutes at `speedKmh`, rounded up. */
export const travelMinutes = (km: number, speedKmh: number): number => Math.ceil((km / speedKmh) * 60);
