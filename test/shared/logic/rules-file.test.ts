import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, NO_CERTIFICATES, type RuleSet } from '../../../shared/domain';
import { holidaysFromCalendarCsv, rulesFromFile, rulesToFile } from '../../../shared/logic/rules-file';

const H = 3600;

/** A rule set using every field: split Saturday hours, Sundays off, dates in each list, certificates. */
const RULES: RuleSet = {
  ...DEFAULT_RULE_SET,
  hours: {
    ...DEFAULT_RULE_SET.hours,
    sat: [
      { startSec: 9 * H, endSec: 12 * H },
      { startSec: 14 * H + 30 * 60, endSec: 18 * H },
    ],
    sun: [],
  },
  holidays: ['2026-10-01', '2026-10-02'],
  workdays: ['2026-09-27'],
  noVisitDays: ['2026-12-31'],
  frequency: { maxVisits: 3, windowDays: 30, minGapHours: 24 },
  certificates: { verification: null, collection: 'cert-a', 'follow-up': 'cert-b' },
  followUps: {
    ...DEFAULT_RULE_SET.followUps,
    refused: {
      then: 'visit',
      kind: 'collection',
      from: 'visit',
      earliestDays: 7,
      latestDays: 10,
      window: 'any',
      officer: 'other',
      priority: 4,
    },
    not_at_home: { then: 'hold' },
  },
};

/** A rules file as a person would write it, with `rules` replaced by `patch`'s fields. */
function fileWith(patch: Record<string, unknown>, top: Record<string, unknown> = {}): string {
  const file = JSON.parse(rulesToFile(RULES)) as { rules: Record<string, unknown> };
  return JSON.stringify({ ...file, rules: { ...file.rules, ...patch }, ...top });
}

function problemsOf(result: ReturnType<typeof rulesFromFile> | ReturnType<typeof holidaysFromCalendarCsv>) {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('the rules file', () => {
  it('writes hours as clock ranges and dates as YYYY-MM-DD, and reads back the same rules', () => {
    const text = rulesToFile(RULES);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'field-dispatch-rules', version: 1 });
    expect(file.rules.hours.sat).toEqual(['09:00-12:00', '14:30-18:00']);
    expect(file.rules.hours.sun).toEqual([]);
    expect(file.rules.hours.mon).toEqual(['08:00-20:00']);
    expect(file.rules.holidays).toEqual(['2026-10-01', '2026-10-02']);
    expect(file.rules.certificates).toEqual({ verification: null, collection: 'cert-a', 'follow-up': 'cert-b' });
    expect(rulesFromFile(text)).toEqual({ ok: true, rules: RULES });
    expect(rulesFromFile(rulesToFile(DEFAULT_RULE_SET))).toEqual({ ok: true, rules: DEFAULT_RULE_SET });
  });

  it('reads what a person edits: blocks and dates in any order, repeats, a BOM, date lists left out', () => {
    const edited = fileWith({
      hours: { ...JSON.parse(fileWith({})).rules.hours, sat: ['14:30 - 18:00', '9:00-12:00'] },
      holidays: ['2026-10-02', '2026-10-01', '2026-10-02'],
    });
    expect(rulesFromFile(`\uFEFF${edited}`)).toEqual({ ok: true, rules: RULES });
    const { workdays: _w, noVisitDays: _n, ...rest } = JSON.parse(fileWith({})).rules;
    const read = rulesFromFile(JSON.stringify({ format: 'field-dispatch-rules', version: 1, rules: rest }));
    expect(read).toEqual({ ok: true, rules: { ...RULES, workdays: [], noVisitDays: [] } });
  });

  it('names every field at fault and why, in both languages', () => {
    const hours = { ...JSON.parse(fileWith({})).rules.hours, mon: '08:00-20:00', sat: ['09:00-12:00', '20:00-08:00', 'morning', 9] };
    delete hours.tue;
    const text = fileWith(
      {
        hours,
        holidays: ['2026-10-01', '2026-02-30', '1 Oct'],
        workdays: 'none',
        frequency: { maxVisits: 2.5, windowDays: 7, minGapHours: -1, maxCalls: 3 },
        holiday: [],
      },
      { note: 'x' },
    );
    const problems = problemsOf(rulesFromFile(text));
    expect(problems.map((p) => p.en)).toEqual([
      'note: is not a field of the rules file.',
      'holiday: is not a field of the rules file.',
      'hours.mon: must be a list in square brackets.',
      'hours.tue: is missing.',
      'hours.sat[1]: ends before it starts.',
      'hours.sat[2]: must be a time range like "08:00-20:00".',
      'hours.sat[3]: must be text in quotes.',
      'holidays[1]: is not a real calendar date.',
      'holidays[2]: must be a date like 2026-10-01.',
      'workdays: must be a list in square brackets.',
      'frequency.maxCalls: is not a field of the rules file.',
      'frequency.maxVisits: must be a whole number from 1 to 50.',
      'frequency.minGapHours: must be a number from 0 to 1440.',
    ]);
    expect(problems[3].zh).toBe('hours.tue：缺少此项。');
    expect(problems[11].zh).toBe('frequency.maxVisits：须为 1 到 50 之间的整数。');
  });

  it('refuses overlapping blocks and a working day that is a holiday, by their place in the file', () => {
    const hours = { ...JSON.parse(fileWith({})).rules.hours, sat: ['13:00-18:00', '09:00-12:00', '11:00-14:00'] };
    const problems = problemsOf(rulesFromFile(fileWith({ hours, workdays: ['2026-09-27', '2026-10-02'] })));
    expect(problems.map((p) => p.en)).toEqual([
      'hours.sat[2]: overlaps 09:00-12:00 of the same day; make them separate blocks.',
      'hours.sat[0]: overlaps 11:00-14:00 of the same day; make them separate blocks.',
      'workdays[1]: 2026-10-02 is also listed as a public holiday (holidays[1]); an adjusted working day cannot be one.',
    ]);
    expect(problems[2].zh).toBe('workdays[1]：2026-10-02 同时列为法定节假日（holidays[1]），调休工作日不能是法定节假日。');
  });

  it('reads certificates per visit kind: left out (an older file) or null is none, names as skills are', () => {
    const { certificates: _c, ...older } = JSON.parse(fileWith({})).rules;
    const read = rulesFromFile(JSON.stringify({ format: 'field-dispatch-rules', version: 1, rules: older }));
    expect(read).toEqual({ ok: true, rules: { ...RULES, certificates: NO_CERTIFICATES } });
    expect(rulesFromFile(fileWith({ certificates: { collection: ' Cert-A ', verification: '' } }))).toEqual({
      ok: true,
      rules: { ...RULES, certificates: { verification: null, collection: 'cert-a', 'follow-up': null } },
    });
    // Chinese letters are letters, as in a skill's name.
    expect(rulesFromFile(fileWith({ certificates: { collection: '催收资质-2026' } }))).toMatchObject({
      ok: true,
      rules: { certificates: { collection: '催收资质-2026' } },
    });
  });

  it('names each certificate at fault by its visit kind', () => {
    const problems = problemsOf(
      rulesFromFile(fileWith({ certificates: { verification: 'cert a', collection: 'c'.repeat(33), 'follow-up': 7, followUp: 'x' } })),
    );
    expect(problems.map((p) => p.en)).toEqual([
      'certificates.followUp: is not a field of the rules file.',
      'certificates.verification: must be null or a certificate name in quotes: letters, digits, _ and -, at most 32.',
      'certificates.collection: must be null or a certificate name in quotes: letters, digits, _ and -, at most 32.',
      'certificates.follow-up: must be null or a certificate name in quotes: letters, digits, _ and -, at most 32.',
    ]);
    expect(problems[1].zh).toBe('certificates.verification：须为 null 或带引号的资质证书名称：字母、数字、_ 和 -，最多 32 个字符。');
    expect(problemsOf(rulesFromFile(fileWith({ certificates: ['cert-a'] }))).map((p) => p.en)).toEqual([
      'certificates: must be named fields in curly brackets.',
    ]);
  });

  it('reads follow-up rules per outcome result: left out (an older file) are the defaults, faults named by their place', () => {
    expect(JSON.parse(rulesToFile(RULES)).rules.followUps.refused).toEqual(RULES.followUps.refused);
    const { followUps: _f, ...older } = JSON.parse(fileWith({})).rules;
    expect(rulesFromFile(JSON.stringify({ format: 'field-dispatch-rules', version: 1, rules: older }))).toEqual({
      ok: true,
      rules: { ...RULES, followUps: DEFAULT_RULE_SET.followUps },
    });
    const bad = {
      ...RULES.followUps,
      refused: { ...RULES.followUps.refused, earliestDays: 12 },
      moved: { then: 'call' },
      paidd: { then: 'nothing' },
    };
    expect(problemsOf(rulesFromFile(fileWith({ followUps: bad }))).map((p) => p.en)).toEqual([
      'followUps.moved: is not valid.',
      'followUps.refused.latestDays: is not valid.',
      'followUps.paidd: is not a field of the rules file.',
    ]);
  });

  it('refuses what is not a rules file of this version', () => {
    expect(problemsOf(rulesFromFile('{"format": "field-dispatch-rules",'))[0].en).toMatch(/not valid JSON/);
    expect(problemsOf(rulesFromFile('[]'))[0].en).toMatch(/not a rules file/);
    expect(problemsOf(rulesFromFile(fileWith({}, { format: 'other' })))[0].zh).toMatch(/这不是规则文件/);
    expect(problemsOf(rulesFromFile(fileWith({}, { version: 2 })))[0].en).toBe('This rules file is version 2; this app reads version 1.');
    expect(problemsOf(rulesFromFile(fileWith({}, { version: undefined })))[0].en).toBe('version: is missing.');
    expect(problemsOf(rulesFromFile(JSON.stringify({ format: 'field-dispatch-rules', version: 1 })))[0].en).toBe('rules: is missing.');
  });
});

describe('the holiday calendar', () => {
  it('reads holidays and adjusted working days, English or Chinese types, header and extra columns optional', () => {
    const csv = [
      'date,type,name',
      '2026-10-01,holiday,National Day',
      '2026-10-02,放假',
      '',
      '# the weekend worked in exchange',
      '2026/9/27,上班',
      '"2026-10-11", 调休',
      '2026-10-03,休息',
      '2026-10-01,Holiday',
      '2026-10-10,WORKDAY',
    ].join('\r\n');
    expect(holidaysFromCalendarCsv(`\uFEFF${csv}`)).toEqual({
      ok: true,
      holidays: ['2026-10-01', '2026-10-02', '2026-10-03'],
      workdays: ['2026-09-27', '2026-10-10', '2026-10-11'],
    });
    expect(holidaysFromCalendarCsv('2026-10-01,holiday\n')).toEqual({ ok: true, holidays: ['2026-10-01'], workdays: [] });
    expect(holidaysFromCalendarCsv('日期,类型\n2026-10-01,放假')).toEqual({ ok: true, holidays: ['2026-10-01'], workdays: [] });
  });

  it('names every bad cell by line and column, in both languages', () => {
    const csv = [
      'date,type',
      '2026-10-01,holiday',
      '2026-02-30,holiday',
      'Oct 2,holiday',
      '2026-10-03,vacation',
      '2026-10-01,workday',
      ',holiday',
      '2026-10-04',
    ].join('\n');
    const problems = problemsOf(holidaysFromCalendarCsv(csv));
    expect(problems.map((p) => p.en)).toEqual([
      'Line 3, column date: is not a real calendar date.',
      'Line 4, column date: must be a date like 2026-10-01.',
      'Line 5, column type: must be holiday or workday (放假 or 休息, 上班 or 调休), not "vacation".',
      'Line 6, column type: 2026-10-01 is already listed as the other kind on line 2.',
      'Line 7, column date: is empty.',
      'Line 8, column type: is empty.',
    ]);
    expect(problems[0].zh).toBe('第 3 行 date 列：不是有效的日期。');
  });

  it('refuses a calendar without dates', () => {
    expect(problemsOf(holidaysFromCalendarCsv('date,type\n\n'))[0].en).toMatch(/lists no dates/);
    expect(problemsOf(holidaysFromCalendarCsv(''))[0].zh).toMatch(/节假日日历中没有日期/);
  });
});
