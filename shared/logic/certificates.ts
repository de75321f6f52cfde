import type { ExpiringCertificate } from '../api/certificates';
import { VisitKind, type LocalDate, type Officer, type RuleSet } from '../domain';

const MS_PER_DAY = 86_400_000;

/**
 * The warning list of certificates (issue 18): for each active officer, every skill held with an
 * end date that falls within `days` days of `today` or before it (expired but still listed). The
 * certificates the visiting rules require come first, then every other dated skill; each group by
 * the day it ends, then by certificate and officer. A skill listed twice counts until its later
 * end, and not at all when one listing has none.
 */
export function expiringCertificates(
  officers: readonly Officer[],
  rules: Pick<RuleSet, 'certificates'>,
  today: LocalDate,
  days = 30,
): ExpiringCertificate[] {
  const kindsOf = new Map<string, VisitKind[]>();
  for (const kind of VisitKind.options) {
    const certificate = rules.certificates[kind];
    if (certificate !== null) kindsOf.set(certificate, [...(kindsOf.get(certificate) ?? []), kind]);
  }
  const found: ExpiringCertificate[] = [];
  for (const officer of officers) {
    if (!officer.isActive) continue;
    for (const [certificate, validUntil] of lastValidDays(officer)) {
      const daysLeft = daysFrom(today, validUntil);
      if (daysLeft > days) continue;
      const kinds = kindsOf.get(certificate) ?? [];
      const group = kinds.length > 0 ? 'required' : 'other';
      found.push({ group, kinds, officerId: officer.id, officerName: officer.name, certificate, validUntil, daysLeft });
    }
  }
  return found.sort(
    (a, b) =>
      Number(a.group === 'other') - Number(b.group === 'other') ||
      a.validUntil.localeCompare(b.validUntil) ||
      a.certificate.localeCompare(b.certificate) ||
      a.officerId.localeCompare(b.officerId),
  );
}

/** Per skill the officer holds with an end, its last valid day (skills without an end are left out). */
function lastValidDays(officer: Pick<Officer, 'skills'>): [string, LocalDate][] {
  const until = new Map<string, LocalDate | null>();
  for (const { skill, validUntil } of officer.skills) {
    const other = until.get(skill);
    if (other === undefined) until.set(skill, validUntil);
    else until.set(skill, other === null || validUntil === null ? null : other > validUntil ? other : validUntil);
  }
  return [...until].filter((entry): entry is [string, LocalDate] => entry[1] !== null);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
function daysFrom(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}
