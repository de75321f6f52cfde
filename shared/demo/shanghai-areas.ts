import type { LatLng } from '../domain';
import type { Rng } from './rng';

/** A neighbourhood the demo clusters visits and officers' homes around. */
export interface DemoArea {
  /** District as it appears in an address (`徐汇区`). */
  district: string;
  /** Neighbourhood name, for readers of the data. */
  name: string;
  /** Real neighbourhood centre, WGS-84 degrees (approximate). */
  centre: LatLng;
  /** Relative share of the city's visits. */
  weight: number;
  /** Gaussian spread of points around the centre, km: tight in the core, wider in the suburbs. */
  spreadKm: number;
  /** The field team that covers the area. */
  team: string;
}

/** Shanghai neighbourhoods, WGS-84 centres. Weights roughly follow population density. */
export const SHANGHAI_AREAS: readonly DemoArea[] = [
  { district: '浦东新区', name: '陆家嘴', centre: { lat: 31.238, lng: 121.505 }, weight: 1.2, spreadKm: 1.3, team: '浦东一组' },
  { district: '浦东新区', name: '张江', centre: { lat: 31.204, lng: 121.59 }, weight: 0.9, spreadKm: 1.8, team: '浦东一组' },
  { district: '浦东新区', name: '川沙', centre: { lat: 31.19, lng: 121.703 }, weight: 0.6, spreadKm: 2.2, team: '浦东二组' },
  { district: '浦东新区', name: '周浦', centre: { lat: 31.115, lng: 121.57 }, weight: 0.6, spreadKm: 2.0, team: '浦东二组' },
  { district: '黄浦区', name: '人民广场', centre: { lat: 31.232, lng: 121.475 }, weight: 0.8, spreadKm: 1.0, team: '浦西一组' },
  { district: '静安区', name: '静安寺', centre: { lat: 31.223, lng: 121.445 }, weight: 0.9, spreadKm: 1.1, team: '浦西一组' },
  { district: '虹口区', name: '四川北路', centre: { lat: 31.26, lng: 121.485 }, weight: 0.7, spreadKm: 1.2, team: '浦西一组' },
  { district: '徐汇区', name: '徐家汇', centre: { lat: 31.194, lng: 121.437 }, weight: 1.1, spreadKm: 1.4, team: '浦西二组' },
  { district: '长宁区', name: '中山公园', centre: { lat: 31.221, lng: 121.417 }, weight: 0.8, spreadKm: 1.3, team: '浦西二组' },
  { district: '普陀区', name: '真如', centre: { lat: 31.252, lng: 121.405 }, weight: 0.8, spreadKm: 1.5, team: '浦西三组' },
  { district: '静安区', name: '大宁', centre: { lat: 31.28, lng: 121.458 }, weight: 0.6, spreadKm: 1.4, team: '浦西三组' },
  { district: '杨浦区', name: '五角场', centre: { lat: 31.299, lng: 121.514 }, weight: 1.0, spreadKm: 1.5, team: '北区组' },
  { district: '宝山区', name: '顾村', centre: { lat: 31.352, lng: 121.387 }, weight: 0.7, spreadKm: 2.0, team: '北区组' },
  { district: '嘉定区', name: '嘉定镇', centre: { lat: 31.383, lng: 121.25 }, weight: 0.6, spreadKm: 2.2, team: '浦西三组' },
  { district: '闵行区', name: '莘庄', centre: { lat: 31.111, lng: 121.385 }, weight: 1.0, spreadKm: 1.8, team: '南区组' },
  { district: '闵行区', name: '七宝', centre: { lat: 31.156, lng: 121.351 }, weight: 0.7, spreadKm: 1.6, team: '南区组' },
  { district: '松江区', name: '松江新城', centre: { lat: 31.033, lng: 121.224 }, weight: 0.7, spreadKm: 2.3, team: '南区组' },
  { district: '青浦区', name: '青浦城区', centre: { lat: 31.151, lng: 121.112 }, weight: 0.4, spreadKm: 2.0, team: '南区组' },
  { district: '奉贤区', name: '南桥', centre: { lat: 30.918, lng: 121.474 }, weight: 0.4, spreadKm: 2.0, team: '南区组' },
];

/** A generous box around Shanghai's land area, WGS-84 degrees; every regular demo point lies inside. */
export const SHANGHAI_BOUNDS = { minLat: 30.66, maxLat: 31.88, minLng: 120.85, maxLng: 122.2 } as const;

const KM_PER_DEGREE_LAT = 111.32;

/** A point scattered around `centre` with a Gaussian of `spreadKm`, cut at 3 deviations so no point lands far away. */
export function scatter(rng: Rng, centre: LatLng, spreadKm: number): LatLng {
  const northKm = clampDeviation(rng.normal()) * spreadKm;
  const eastKm = clampDeviation(rng.normal()) * spreadKm;
  const kmPerDegreeLng = KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180);
  return { lat: centre.lat + northKm / KM_PER_DEGREE_LAT, lng: centre.lng + eastKm / kmPerDegreeLng };
}

/** Picks an area, more often where more people live. */
export function pickArea(rng: Rng): DemoArea {
  return rng.weighted(SHANGHAI_AREAS, (area) => area.weight);
}

/**
 * Spreads `count` officers over the areas in proportion to their visit share (largest
 * remainder), so every busy neighbourhood has someone living nearby, as a real roster would.
 * Returns one area per officer, in roster order.
 */
export function apportionAreas(count: number): DemoArea[] {
  const total = SHANGHAI_AREAS.reduce((sum, area) => sum + area.weight, 0);
  const quotas = SHANGHAI_AREAS.map((area, index) => ({ area, index, exact: (count * area.weight) / total }));
  const seats = quotas.map((q) => Math.floor(q.exact));
  let left = count - seats.reduce((a, b) => a + b, 0);
  const byRemainder = [...quotas].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.index - b.index);
  for (const quota of byRemainder) {
    if (left === 0) break;
    seats[quota.index] += 1;
    left -= 1;
  }
  // Interleave areas so officers of one area are not all numbered together.
  const result: DemoArea[] = [];
  for (let round = 0; result.length < count; round += 1) {
    quotas.forEach((q) => {
      if (seats[q.index] > round) result.push(q.area);
    });
  }
  return result;
}

function clampDeviation(value: number): number {
  return Math.max(-3, Math.min(3, value));
}
