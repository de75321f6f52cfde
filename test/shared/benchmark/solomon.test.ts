import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSolomon, type SolomonInstance } from '../../../shared/benchmark/solomon-instance';
import { verifySolomon } from '../../../shared/benchmark/verify-solomon';
import { solveVrptw } from '../../../shared/solver/vrptw-solve';

// A made-up instance small enough to solve by hand: depot at (0,0), capacity 10.
const TINY = `TINY

VEHICLE
NUMBER     CAPACITY
  3          10

CUSTOMER
CUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME

    0          0       0           0       0        100           0
    1          3       4           6       0         50           1
    2          6       8           4       0         50           1
    3         -3      -4           6       0         50           1
    4         -6      -8           4      20         30           1
`;

describe('Solomon instances', () => {
  const tiny = parseSolomon(TINY);

  it('parses fleet, capacity, depot and customers', () => {
    expect(tiny.vehicles).toBe(3);
    expect(tiny.capacity).toBe(10);
    expect(tiny.depot).toMatchObject({ id: 0, due: 100 });
    expect(tiny.customers.map((c) => c.id)).toEqual([1, 2, 3, 4]);
  });

  it('names the line of a malformed row', () => {
    expect(() =>
      parseSolomon(TINY.replace('    2          6       8           4       0         50           1', '    2 6 8 4 0 50')),
    ).toThrow('Line 12: expected 7 numbers (customer, x, y, demand, ready, due, service), found 6. / 第12行：应有7个数字，实际6个。');
  });

  it('solves the tiny instance to its optimum: two out-and-back routes of 20', () => {
    const solution = solveVrptw(tiny, { seed: 1, maxIterations: 200 });
    const routes = solution.routes.map((r) => r.map((i) => tiny.customers[i].id));
    const check = verifySolomon(tiny, { routes });
    expect(check.problems).toEqual([]);
    expect(check.vehicles).toBe(2);
    expect(check.distance).toBeCloseTo(40, 9);
  });

  // The benchmark data sits beside the project, not in it; the test is reported as skipped without it.
  const c101 = path.resolve('..', 'shared', 'data', 'solomon', 'C101.txt');
  it.skipIf(!fs.existsSync(c101))('finds the best-known vehicle count and near-best distance on C101 (iteration budget)', () => {
    const file = c101;
    const instance = parseSolomon(fs.readFileSync(file, 'utf8'));
    const solution = solveVrptw(instance, { seed: 1, maxIterations: 3000 });
    const check = verifySolomon(instance, { routes: solution.routes.map((r) => r.map((i) => instance.customers[i].id)) });
    expect(check.problems).toEqual([]);
    expect(check.vehicles).toBe(10);
    expect(check.distance).toBeLessThan(828.94 * 1.02);
  });
});

describe('verifySolomon', () => {
  const tiny: SolomonInstance = parseSolomon(TINY);
  it('accepts a valid solution and recomputes its distance', () => {
    expect(
      verifySolomon(tiny, {
        routes: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toMatchObject({ ok: true, vehicles: 2 });
  });
  it('catches a missing customer, a double visit, a late start, an overload and too many routes', () => {
    expect(verifySolomon(tiny, { routes: [[1, 2], [3]] }).problems).toContain('customer 4 is not visited');
    expect(verifySolomon(tiny, { routes: [[1, 2], [3, 4], [1]] }).problems).toContain('customer 1 is visited twice');
    expect(verifySolomon(tiny, { routes: [[1, 2, 3, 4]] }).problems.join()).toMatch(/after its due date|over capacity/);
    expect(verifySolomon(tiny, { routes: [[1, 3], [2], [4]] }).problems.join()).toMatch(/over capacity/);
    expect(
      verifySolomon(
        { ...tiny, vehicles: 1 },
        {
          routes: [
            [1, 2],
            [3, 4],
          ],
        },
      ).problems.join(),
    ).toMatch(/only 1 vehicles/);
    // Customer 4 opens at 20 and closes at 30; reached after 1 and 2 it is late.
    expect(verifySolomon({ ...tiny, capacity: 100 }, { routes: [[1, 2, 4, 3]] }).problems.join()).toMatch(/customer 4 starts/);
  });
});
