import fc from 'fast-check';
import { blocksArb as permittedBlocksArb } from '../../support/rule-arbitraries';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_RULES,
  addDays,
  DEFAULT_RULE_SET,
  Visit,
  VisitKind,
  WEEKDAYS,
  type RuleSet,
  type TimeWindow,
} from '../../../shared/domain';
import { applyVisitRules, permittedBlocks, weekdayOf, type Contact } from '../../../shared/logic/visit-rules';

const DAY = 86_400;
const H = 3600;
const DATE = '2026-12-07'; // a Monday

const blocksArb = permittedBlocksArb({ startHours: [6, 21], lengthHours: [1, 6], minBlocks: 0 });

const rulesArb: fc.Arbitrary<RuleSet> = fc.record({
  hours: fc.record(Object.fromEntries(WEEKDAYS.map((d) => [d, blocksArb])) as Record<(typeof WEEKDAYS)[number], typeof blocksArb>),
  holidays: fc.subarray([DATE, addDays(DATE, 1), addDays(DATE, 5)]),
  workdays: fc.subarray([addDays(DATE, -1)]),
  noVisitDays: fc.subarray([addDays(DATE, 2)]),
  frequency: fc.record({
    maxVisits: fc.integer({ min: 1, max: 3 }),
    windowDays: fc.integer({ min: 1, max: 10 }),
    minGapHours: fc.integer({ min: 0, max: 72 }),
  }),
  certificates: fc.record(
    Object.fromEntries(VisitKind.options.map((k) => [k, fc.constantFrom(null, 'cert-a', 'cert-b')])) as Record<
      VisitKind,
      fc.Arbitrary<string | null>
    >,
  ),
  // Follow-up rules do not bear on planning a day.
  followUps: fc.constant(DEFAULT_FOLLOW_UP_RULES),
});

const windowArb = fc.tuple(fc.integer({ min: 0, max: 22 * 4 }), fc.integer({ min: 0, max: 12 * 4 })).map(([start, length]) => ({
  startSec: start * 900,
  endSec: Math.min(start * 900 + length * 900, DAY),
}));

function visit(
  id: string,
  customerId: string,
  windows: TimeWindow[],
  serviceMin: number,
  { kind = 'collection', skills = [] }: { kind?: VisitKind; skills?: string[] } = {},
): Visit {
  return Visit.parse({
    id,
    date: DATE,
    kind,
    customerId,
    customerName: '测试客户',
    phone: '17000000000',
    address: '示例路 1 号',
    location: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    windows,
    serviceSec: serviceMin * 60,
    priority: 3,
    riskScore: null,
    overdueDays: null,
    overdueAmount: null,
    requiredSkills: skills,
    approvalRef: `AP-${id}`,
    status: 'approved',
    notes: '',
  });
}

const dayArb = fc.record({
  rules: rulesArb,
  date: fc.constantFrom(DATE, addDays(DATE, -1), addDays(DATE, 1), addDays(DATE, 2), addDays(DATE, 5)),
  visits: fc.array(
    fc.record({
      customer: fc.integer({ min: 1, max: 4 }),
      windows: fc.array(windowArb, { minLength: 1, maxLength: 2 }),
      service: fc.integer({ min: 10, max: 90 }),
      kind: fc.constantFrom(...VisitKind.options),
      skills: fc.subarray(['senior', 'cert-a']),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  contacts: fc.array(
    fc.record({
      customer: fc.integer({ min: 1, max: 4 }),
      offset: fc.integer({ min: -12, max: 12 }),
      start: fc.integer({ min: 6, max: 20 }),
    }),
    { maxLength: 10 },
  ),
});

/** Seconds between two moments given as (date, seconds of that day). */
function apart(a: { date: string; sec: number }, b: { date: string; sec: number }): number {
  return (Date.parse(`${b.date}T00:00:00Z`) - Date.parse(`${a.date}T00:00:00Z`)) / 1000 + b.sec - a.sec;
}

describe('the visiting rules before solving', () => {
  it('leave no start time outside the weekday’s hours, on a closed day, over the frequency limit or inside the minimum gap; every kept visit requires the certificate its kind needs; every kept-out visit names its rule and version', () => {
    fc.assert(
      fc.property(dayArb, ({ rules, date, visits: specs, contacts: contactSpecs }) => {
        const visits = specs.map((s, i) => visit(`V${i}`, `C${s.customer}`, s.windows, s.service, { kind: s.kind, skills: s.skills }));
        const contacts: Contact[] = contactSpecs
          .filter((c) => c.offset !== 0)
          .map((c, i) => ({
            visitId: `H${i}`,
            customerId: `C${c.customer}`,
            date: addDays(date, c.offset),
            startSec: c.start * H,
            endSec: c.start * H + 1800,
          }));
        const { visits: kept, keptOut } = applyVisitRules({ rules, version: 7, date, visits, contacts });
        expect(kept.length + keptOut.length).toBe(visits.length);
        for (const out of keptOut) {
          expect(out.message.en).toContain('version 7');
          expect(out.message.zh).toContain('第 7 版');
        }
        const { blocks } = permittedBlocks(rules, date);
        if (rules.holidays.includes(date) || rules.noVisitDays.includes(date)) expect(kept).toEqual([]);
        const expectedBlocks = rules.workdays.includes(date) ? rules.hours.mon : rules.hours[weekdayOf(date)];
        if (!rules.holidays.includes(date) && !rules.noVisitDays.includes(date)) expect(blocks).toEqual(expectedBlocks);
        const { maxVisits, windowDays, minGapHours } = rules.frequency;
        for (const v of kept) {
          const original = visits.find((o) => o.id === v.id)!;
          // The certificate its kind needs is required once, after the skills it required already.
          const certificate = rules.certificates[v.kind];
          const needs = certificate === null ? [] : [certificate];
          expect(v.requiredSkills).toEqual([...original.requiredSkills, ...needs.filter((c) => !original.requiredSkills.includes(c))]);
          expect(v.requiredSkills.filter((s) => s === certificate)).toHaveLength(needs.length);
          const theirs = contacts.filter((c) => c.customerId === v.customerId);
          for (const w of v.windows) {
            // Any start in the window (its two ends suffice: the constraints are intervals).
            for (const start of [w.startSec, w.endSec]) {
              expect(original.windows.some((o) => start >= o.startSec && start <= o.endSec)).toBe(true);
              expect(blocks.some((b) => start >= b.startSec && start + v.serviceSec <= b.endSec)).toBe(true);
              for (const c of theirs) {
                const gap = minGapHours * H;
                const after = apart({ date: c.date, sec: c.endSec }, { date, sec: start });
                const before = apart({ date, sec: start + v.serviceSec }, { date: c.date, sec: c.startSec });
                expect(after >= gap || before >= gap).toBe(true);
              }
            }
          }
          // No run of windowDays days holding the date has more than maxVisits contacts with this one.
          for (let first = -(windowDays - 1); first <= 0; first++) {
            const inRun = theirs.filter((c) => {
              const d = apart({ date, sec: 0 }, { date: c.date, sec: 0 }) / DAY;
              return d >= first && d <= first + windowDays - 1;
            });
            expect(inRun.length + 1).toBeLessThanOrEqual(maxVisits);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('names the example of the issue: 2 visits in the last 7 days, limit reached until 2026-12-09', () => {
    const v = visit('V1', 'C1', [{ startSec: 9 * H, endSec: 17 * H }], 30);
    const contacts: Contact[] = [
      { visitId: 'H1', customerId: 'C1', date: '2026-12-03', startSec: 10 * H, endSec: 11 * H },
      { visitId: 'H2', customerId: 'C1', date: '2026-12-05', startSec: 10 * H, endSec: 11 * H },
    ];
    const { keptOut } = applyVisitRules({ rules: DEFAULT_RULE_SET, version: 3, date: DATE, visits: [v], contacts });
    expect(keptOut).toEqual([
      {
        visitId: 'V1',
        reason: 'too_frequent',
        message: {
          en: '2 visits in the last 7 days: limit reached until 2026-12-09 (visiting rules, version 3).',
          zh: '过去 7 天内已走访 2 次：2026-12-09 前已达上限（走访规则第 3 版）。',
        },
      },
    ]);
  });

  it('adds the certificate a visit’s kind needs to its required skills, once, and leaves other kinds alone', () => {
    const rules: RuleSet = { ...DEFAULT_RULE_SET, certificates: { verification: null, collection: 'cert-x', 'follow-up': 'cert-x' } };
    const all = [{ startSec: 9 * H, endSec: 17 * H }];
    const visits = [
      visit('V1', 'C1', all, 30, { skills: ['senior'] }),
      visit('V2', 'C2', all, 30, { kind: 'follow-up', skills: ['cert-x'] }),
      visit('V3', 'C3', all, 30, { kind: 'verification' }),
    ];
    const { visits: kept } = applyVisitRules({ rules, version: 4, date: DATE, visits, contacts: [] });
    expect(kept.map((v) => v.requiredSkills)).toEqual([['senior', 'cert-x'], ['cert-x'], []]);
    // The visits given stay as they were.
    expect(visits[0].requiredSkills).toEqual(['senior']);
  });

  it('cuts windows to the weekday’s hours and after the minimum gap, and keeps a holiday free', () => {
    const v = visit('V1', 'C1', [{ startSec: 7 * H, endSec: 21 * H }], 60);
    const late = { visitId: 'H1', customerId: 'C1', date: '2026-12-05', startSec: 14 * H, endSec: 15 * H };
    const cut = applyVisitRules({ rules: DEFAULT_RULE_SET, version: 1, date: DATE, visits: [v], contacts: [late] });
    // 48 h after 2026-12-05 15:00 is 2026-12-07 15:00; the visit must end by 20:00.
    expect(cut.visits[0].windows).toEqual([{ startSec: 15 * H, endSec: 19 * H }]);
    const holiday = applyVisitRules({
      rules: { ...DEFAULT_RULE_SET, holidays: [DATE] },
      version: 2,
      date: DATE,
      visits: [v],
      contacts: [],
    });
    expect(holiday.keptOut[0]).toMatchObject({
      reason: 'public_holiday',
      message: { en: '2026-12-07 is a public holiday: no visits (visiting rules, version 2).' },
    });
  });
});
