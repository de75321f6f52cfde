import { describe, expect, it } from 'vitest';
import { readTerritoryFile } from '../../../shared/logic/territory-file';
import { box, featureCollection } from '../../support/territory-kit';

const known = { officerIds: new Set(['OF-001']), teams: new Set(['一组']) };
const AREA = box(121.4, 31.2, 121.5, 31.3);

describe('reading a territories file', () => {
  it('reads Polygon and MultiPolygon features with their owner, rule and price; altitudes are dropped', () => {
    const multi = { type: 'MultiPolygon', coordinates: [AREA.coordinates, box(121.6, 31.2, 121.7, 31.3).coordinates] };
    const withAltitude = { type: 'Polygon', coordinates: [(AREA.coordinates as number[][][])[0].map(([x, y]) => [x, y, 12])] };
    const read = readTerritoryFile(
      featureCollection([
        { name: ' 徐汇北 ', team: '一组', rule: 'HARD', price: 500, geometry: withAltitude },
        { name: 'Two parts', officer_id: 'OF-001', rule: 'soft', price: '900', geometry: multi },
      ]),
      known,
    );
    expect(read.problems).toEqual([]);
    expect(read.territories).toEqual([
      { name: '徐汇北', owner: { kind: 'team', team: '一组' }, rule: 'hard', outsidePrice: 0, geometry: AREA },
      { name: 'Two parts', owner: { kind: 'officer', officerId: 'OF-001' }, rule: 'soft', outsidePrice: 900, geometry: multi },
    ]);
  });

  it('refuses the whole file, naming every problem by feature and field in both languages', () => {
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [121.4, 31.2],
          [121.5, 31.3],
          [121.5, 31.2],
          [121.4, 31.3],
          [121.4, 31.2],
        ],
      ],
    };
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [121.4, 31.2],
          [121.5, 31.2],
          [121.5, 31.3],
          [121.4, 31.3],
        ],
      ],
    };
    const read = readTerritoryFile(
      featureCollection([
        { name: 'Good', team: '一组', rule: 'hard', geometry: AREA },
        { name: 'Good', team: '一组', rule: 'hard', geometry: AREA },
        { name: 'Crossing', team: '一组', rule: 'hard', geometry: bowTie },
        { name: 'Open', team: '一组', rule: 'hard', geometry: open },
        { name: 'A point', team: '一组', rule: 'hard', geometry: { type: 'Point', coordinates: [121.4, 31.2] } },
        { name: 'Both', team: '一组', officer_id: 'OF-001', rule: 'hard', geometry: AREA },
        { name: 'Nobody', rule: 'hard', geometry: AREA },
        { name: 'Ghost', team: '九组', rule: 'sometimes', geometry: AREA },
        { team: '一组', rule: 'soft', price: -5, geometry: AREA },
      ]),
      known,
    );
    expect(read.territories).toEqual([]);
    expect(read.problems.map((p) => [p.feature, p.field, p.message.en])).toEqual([
      [2, 'name', 'Feature 2, field name: “Good” is also the name of feature 1.'],
      [3, 'geometry', 'Feature 3, field geometry: the outline crosses itself (1 crossing); draw it without crossings.'],
      [4, 'geometry', 'Feature 4, field geometry: a ring does not end where it starts.'],
      [5, 'geometry', 'Feature 5, field geometry: a Point is not a territory; use a Polygon or MultiPolygon.'],
      [6, 'team', 'Feature 6, fields team / officer_id: name either a team or an officer, not both.'],
      [7, 'team', 'Feature 7, fields team / officer_id: name the team or the officer whose territory it is.'],
      [8, 'team', 'Feature 8, field team: no officer on the roster is in team “九组”.'],
      [8, 'rule', 'Feature 8, field rule: “sometimes” is not a rule; use hard or soft.'],
      [9, 'name', 'Feature 9, field name: a territory needs a name (at most 80 characters).'],
      [9, 'price', 'Feature 9, field price: a soft territory needs a price per visit outside, a whole number from 0 to 86400.'],
    ]);
    expect(read.problems[1].message.zh).toBe('第 3 个要素，字段 geometry：轮廓自相交（1 处），请画成不交叉的轮廓。');
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(readTerritoryFile('{not json', known).problems[0].message.en).toMatch(/^The territories file is not JSON: /);
    expect(readTerritoryFile('{"type":"Feature"}', known).problems[0]).toMatchObject({ feature: null, field: 'type' });
    expect(readTerritoryFile('{"type":"FeatureCollection","features":[]}', known).problems[0].message.zh).toBe('辖区文件中没有要素。');
  });
});
