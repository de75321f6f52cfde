import fc from 'fast-check';
import { blocksArb as permittedBlocksArb } from '../../support/rule-arbitraries';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_RULES,
  addDays,
  DEFAULT_RULE_SET,
  skillsValidOn,
  VisitKind,
  WEEKDAYS,
  type HoldKind,
  type OfficerId,
  type RuleSet,
  type Visit,
} from '../../../shared/domain';
import { holdBinds } from '../../../shared/logic/holds';
import { permittedBlocks } from '../../../shared/logic/visit-rules';
import { createOfficersRepo } from '../../../electron/backend/db/repos/officers-repo';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import { makeOfficer, makeVisit } from '../db/builders';
import { openTestWorkspace, signInSupervisor } from '../../support/test-workspace';

// Whole days planned by the real back end (visiting rules, holds, approvals, certificates, then the
// solver and its own checks) over generated rules and data: whatever they are, no routed visit
// breaks a visiting rule, and every visit left out says why.
const DATE = '2026-12-07'; // a Monday
const H = 3600;
const OFFICERS = ['O-1', 'O-2', 'O-3'] as const;
const CERTIFICATES = ['cert-a', 'cert-b'] as const;

const blocksArb = permittedBlocksArb({ startHours: [6, 16], lengthHours: [3, 12], minBlocks: 1 });

const rulesArb: fc.Arbitrary<RuleSet> = fc.record({
  hours: fc.record(Object.fromEntries(WEEKDAYS.map((d) => [d, blocksArb])) as Record<(typeof WEEKDAYS)[number], typeof blocksArb>),
  holidays: fc.subarray([DATE, addDays(DATE, -2)], { maxLength: 1 }),
  workdays: fc.constant([]),
  noVisitDays: fc.constant([]),
  frequency: fc.record({
    maxVisits: fc.integer({ min: 1, max: 3 }),
    windowDays: fc.integer({ min: 1, max: 7 }),
    minGapHours: fc.integer({ min: 0, max: 48 }),
  }),
  certificates: fc.record(
    Object.fromEntries(VisitKind.options.map((k) => [k, fc.constantFrom(null, ...CERTIFICATES)])) as Record<
      VisitKind,
      fc.Arbitrary<string | null>
    >,
  ),
  // Follow-up rules do not bear on planning a day.
  followUps: fc.constant(DEFAULT_FOLLOW_UP_RULES),
});

const dayArb = fc.record({
  rules: rulesArb,
  // Each officer holds each certificate: not at all, until before the day, or through it.
  certificates: fc.array(fc.array(fc.constantFrom('none', 'expired', 'valid'), { minLength: 2, maxLength: 2 }), {
    minLength: 3,
    maxLength: 3,
  }),
  visits: fc.array(
    fc.record({
      kind: fc.constantFrom(...VisitKind.options),
      start: fc.integer({ min: 7, max: 18 }),
      length: fc.integer({ min: 1, max: 6 }),
      // Mostly valid, so that most days route visits to check.
      approval: fc.constantFrom('open', 'valid', 'open', 'valid', 'expired', 'otherScope'),
    }),
    { minLength: 1, maxLength: 10 },
  ),
  // Visits the customers had on other days (done), which count against the frequency rules.
  contacts: fc.array(
    fc.record({
      customer: fc.integer({ min: 0, max: 7 }),
      offset: fc.integer({ min: -6, max: -1 }),
      start: fc.integer({ min: 8, max: 18 }),
    }),
    {
      maxLength: 6,
    },
  ),
  holds: fc.array(
    fc.record({
      customer: fc.integer({ min: 0, max: 7 }),
      kind: fc.constantFrom<HoldKind>('complaint', 'dispute', 'legal', 'vulnerable', 'do_not_visit'),
      officer: fc.option(fc.constantFrom(...OFFICERS), { nil: undefined }),
      until: fc.option(fc.constantFrom(addDays(DATE, -1), DATE, addDays(DATE, 3)), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
});

describe('planning a whole day under generated visiting rules', () => {
  it('never routes a visit outside the weekday’s hours, on a holiday, over the frequency limit or inside the gap, with an uncertified or complained-about officer, under an expired or out-of-scope approval, or for a held customer; every visit left out names why', async () => {
    await fc.assert(
      fc.asyncProperty(dayArb, async (day) => {
        const ws = openTestWorkspace();
        try {
          await signInSupervisor(ws.handlers);
          if (JSON.stringify(day.rules) !== JSON.stringify(DEFAULT_RULE_SET)) {
            await ws.handlers['rules.change']({ rules: day.rules, reason: 'generated' });
          }
          const officers = OFFICERS.map((id, i) =>
            makeOfficer(id, {
              shiftStartSec: 6 * H,
              shiftEndSec: 23 * H,
              maxWorkingSec: 17 * H,
              maxVisits: 20,
              breaks: [],
              skills: [
                { skill: 'collection', validUntil: null },
                { skill: 'verification', validUntil: null },
                { skill: 'follow-up', validUntil: null },
                ...CERTIFICATES.flatMap((skill, c) => {
                  const held = day.certificates[i][c];
                  return held === 'none' ? [] : [{ skill, validUntil: held === 'expired' ? addDays(DATE, -1) : addDays(DATE, 30) }];
                }),
              ],
            }),
          );
          createOfficersRepo(ws.db).upsertMany(officers);
          const visits: Visit[] = day.visits.map((s, i) =>
            makeVisit(`V-${i}`, {
              date: DATE,
              kind: s.kind,
              customerId: `C-${i}`,
              windows: [{ startSec: s.start * H, endSec: Math.min((s.start + s.length) * H, 23 * H) }],
              serviceSec: 1800,
              requiredSkills: [],
              approvedBy: 'Approver',
              approvalExpires: s.approval === 'expired' ? addDays(DATE, -1) : s.approval === 'open' ? null : DATE,
              approvalScope: s.approval === 'otherScope' ? VisitKind.options.filter((k) => k !== s.kind) : null,
            }),
          );
          const history = day.contacts.map((c, i) =>
            makeVisit(`H-${i}`, {
              date: addDays(DATE, c.offset),
              customerId: `C-${c.customer}`,
              windows: [{ startSec: c.start * H, endSec: (c.start + 1) * H }],
              serviceSec: 1800,
              status: 'done',
            }),
          );
          createVisitsRepo(ws.db).upsertMany([...visits, ...history]);
          for (const h of day.holds) {
            await ws.handlers['holds.place']({
              customerId: `C-${h.customer}`,
              kind: h.kind,
              note: '',
              ...(h.kind === 'complaint' && h.officer && { officerId: h.officer as OfficerId }),
              ...(h.kind === 'do_not_visit' && h.until && { until: h.until }),
            });
          }
          await ws.handlers['plans.solve']({ date: DATE, seconds: 0.1, seed: 1 });
          const plan = (await ws.handlers['plans.current']({ date: DATE }))!.plan;
          const { rules, version } = await ws.handlers['rules.current']({});
          const holds = await ws.handlers['holds.list']({});
          const { blocks } = permittedBlocks(rules, DATE);

          const routed = new Set<string>();
          for (const route of plan.routes) {
            const officer = officers.find((o) => o.id === route.officerId)!;
            for (const stop of route.stops) {
              routed.add(stop.visitId);
              const v = visits.find((x) => x.id === stop.visitId)!;
              // Inside a permitted block of the weekday (none on a holiday).
              expect(blocks.some((b) => stop.startSec >= b.startSec && stop.startSec + v.serviceSec <= b.endSec)).toBe(true);
              // The certificate its kind needs, valid on the day.
              const certificate = rules.certificates[v.kind];
              if (certificate !== null) expect(skillsValidOn(officer, DATE).has(certificate)).toBe(true);
              // An approval valid on the day, for its kind.
              expect(v.approvalExpires === null || v.approvalExpires >= DATE).toBe(true);
              expect(v.approvalScope === null || v.approvalScope.includes(v.kind)).toBe(true);
              // No binding hold, and never the officer complained about.
              for (const h of holds.filter((x) => x.customerId === v.customerId && holdBinds(x, DATE))) {
                expect(h.kind === 'complaint' && h.officerId !== null).toBe(true);
                expect(route.officerId).not.toBe(h.officerId);
              }
              // The frequency limit and the minimum gap, against the customer's visits on other days.
              const theirs = history.filter((x) => x.customerId === v.customerId);
              const { maxVisits, windowDays, minGapHours } = rules.frequency;
              const daysBack = (x: Visit) => (Date.parse(`${DATE}T00:00:00Z`) - Date.parse(`${x.date}T00:00:00Z`)) / (24 * H * 1000);
              expect(theirs.filter((x) => daysBack(x) < windowDays).length + 1).toBeLessThanOrEqual(maxVisits);
              for (const x of theirs) {
                const endedAgoSec = daysBack(x) * 24 * H + stop.startSec - (x.windows[0].startSec + x.serviceSec);
                expect(endedAgoSec).toBeGreaterThanOrEqual(minGapHours * H);
              }
            }
          }
          // Every visit of the day not routed is listed with its reasons and a sentence; those the
          // rules kept out name the rules' version.
          for (const v of visits.filter((x) => !routed.has(x.id))) {
            const out = plan.unassigned.find((u) => u.visitId === v.id);
            expect(out?.reasons.length ?? 0).toBeGreaterThan(0);
            expect(out!.message.en.length).toBeGreaterThan(0);
            if (out!.reasons.some((r) => ['public_holiday', 'outside_permitted_hours', 'too_frequent'].includes(r))) {
              expect(out!.message.en).toContain(`version ${version}`);
            }
          }
          expect(ws.unexpected).toEqual([]);
        } finally {
          ws.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
