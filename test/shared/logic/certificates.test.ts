import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, Officer, type OfficerSkill, type RuleSet } from '../../../shared/domain';
import { expiringCertificates } from '../../../shared/logic/certificates';

const TODAY = '2026-11-23';

function officer(id: string, skills: OfficerSkill[], isActive = true): Officer {
  return Officer.parse({
    id,
    name: `测试员${id}`,
    team: '一组',
    agency: '',
    start: { lat: 31.23, lng: 121.47, system: 'wgs84' },
    end: null,
    shiftStartSec: 8 * 3600,
    shiftEndSec: 20 * 3600,
    breaks: [],
    maxVisits: 12,
    maxWorkingSec: 10 * 3600,
    skills,
    travelMode: 'driving',
    isActive,
  });
}

const until = (skill: string, validUntil: string | null, validFrom?: string): OfficerSkill => ({
  skill,
  validUntil,
  ...(validFrom ? { validFrom } : {}),
});

const RULES: RuleSet = { ...DEFAULT_RULE_SET, certificates: { verification: 'cert-v', collection: 'cert-c', 'follow-up': 'cert-c' } };

describe('the certificates ending soon', () => {
  it('lists the required certificates first, then other dated skills, each by the day they end', () => {
    const officers = [
      officer('OF-1', [until('collection', null), until('cert-c', '2026-12-10'), until('senior', '2026-11-24')]),
      officer('OF-2', [until('cert-v', '2026-11-30'), until('cert-c', '2026-11-20')]),
      officer('OF-3', [until('cert-c', '2026-12-10'), until('vehicle-loan', '2026-11-23', '2026-01-01')]),
    ];
    const rows = expiringCertificates(officers, RULES, TODAY).map((c) => [c.group, c.officerId, c.certificate, c.validUntil, c.daysLeft]);
    expect(rows).toEqual([
      ['required', 'OF-2', 'cert-c', '2026-11-20', -3],
      ['required', 'OF-2', 'cert-v', '2026-11-30', 7],
      ['required', 'OF-1', 'cert-c', '2026-12-10', 17],
      ['required', 'OF-3', 'cert-c', '2026-12-10', 17],
      ['other', 'OF-3', 'vehicle-loan', '2026-11-23', 0],
      ['other', 'OF-1', 'senior', '2026-11-24', 1],
    ]);
    const [first] = expiringCertificates(officers, RULES, TODAY);
    expect(first).toEqual({
      group: 'required',
      kinds: ['collection', 'follow-up'],
      officerId: 'OF-2',
      officerName: '测试员OF-2',
      certificate: 'cert-c',
      validUntil: '2026-11-20',
      daysLeft: -3,
    });
  });

  it('counts `days` days inclusive, 30 by default', () => {
    const officers = [officer('OF-1', [until('a', '2026-12-23'), until('b', '2026-12-24'), until('c', '2026-11-30')])];
    expect(expiringCertificates(officers, DEFAULT_RULE_SET, TODAY).map((c) => c.certificate)).toEqual(['c', 'a']);
    expect(expiringCertificates(officers, DEFAULT_RULE_SET, TODAY, 31).map((c) => c.certificate)).toEqual(['c', 'a', 'b']);
    expect(expiringCertificates(officers, DEFAULT_RULE_SET, TODAY, 6)).toEqual([]);
    // Without certificates in the rules, every dated skill is in the second group.
    expect(expiringCertificates(officers, DEFAULT_RULE_SET, TODAY).every((c) => c.group === 'other' && c.kinds.length === 0)).toBe(true);
  });

  it('takes a skill listed twice until its later end, never when one listing has none, and leaves inactive officers out', () => {
    const officers = [
      officer('OF-1', [until('cert-c', '2026-11-25'), until('cert-c', '2027-11-25', '2026-11-26')]),
      officer('OF-2', [until('cert-c', '2026-11-25'), until('cert-c', null)]),
      officer('OF-3', [until('cert-c', '2026-11-25'), until('cert-c', '2026-11-28')]),
      officer('OF-4', [until('cert-c', '2026-11-25')], false),
    ];
    expect(expiringCertificates(officers, RULES, TODAY).map((c) => [c.officerId, c.validUntil])).toEqual([['OF-3', '2026-11-28']]);
  });
});
