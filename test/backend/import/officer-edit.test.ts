import { describe, expect, it } from 'vitest';
import { officerRowErrors, readOfficerEdit } from '../../../electron/backend/import/officer-edit';
import { officerCells } from '../../../shared/logic/officer-cells';
import { makeOfficer } from '../db/builders';

const wgs = { system: 'wgs84' as const };

describe("an officer's fields as an officers file writes them", () => {
  it('reads back to the same record', () => {
    const officer = makeOfficer('O-1', { end: { lat: 31.25, lng: 121.45, ...wgs } });
    const read = readOfficerEdit(officer, officerCells(officer));
    expect(read).toEqual({ officer });
    expect(officerRowErrors(officer)).toEqual([]);
  });

  it('writes an open end, a fixed break and an inactive officer the way the import reads them', () => {
    const officer = makeOfficer('O-2', {
      end: null,
      isActive: false,
      breaks: [{ earliestStartSec: 12 * 3600, latestStartSec: 12 * 3600, durationSec: 1800 }],
    });
    expect(officerCells(officer)).toMatchObject({ end_lat: 'open', end_lng: '', break_start: '12:00', break_min: '30', active: 'no' });
    expect(readOfficerEdit(officer, officerCells(officer))).toEqual({ officer });
  });

  it('keeps the fields it was not asked to change, and further breaks of the officer', () => {
    const second = { earliestStartSec: 15 * 3600, latestStartSec: 15 * 3600, durationSec: 900 };
    const officer = makeOfficer('O-3', { breaks: [...makeOfficer('O-3').breaks, second] });
    const read = readOfficerEdit(officer, { break_start: '', break_min: '', end_lat: '31.3', end_lng: '121.5' });
    expect(read).toEqual({ officer: { ...officer, breaks: [second], end: { lat: 31.3, lng: 121.5, ...wgs } } });
  });

  it('names each bad field with the import’s own reason', () => {
    const read = readOfficerEdit(makeOfficer('O-4'), { start_lat: '121.4', start_lng: '31.2', skills: 'collection@someday' });
    expect('errors' in read && read.errors.map((e) => e.field)).toEqual(['start_lat', 'skills']);
  });
});

describe('skills with a first and a last day', () => {
  it('reads from~until and from~ the way the import does, and writes them back the same way', () => {
    const read = readOfficerEdit(makeOfficer('O-5', { end: null }), {
      skills: 'collection@2026-01-01~2026-12-31; senior@2027-02-01~; vehicle-loan@2026-06-30',
    });
    expect('officer' in read && read.officer.skills).toEqual([
      { skill: 'collection', validFrom: '2026-01-01', validUntil: '2026-12-31' },
      { skill: 'senior', validFrom: '2027-02-01', validUntil: null },
      { skill: 'vehicle-loan', validUntil: '2026-06-30' },
    ]);
    const officer = 'officer' in read ? read.officer : makeOfficer('O-5', { end: null });
    expect(officerCells(officer).skills).toBe('collection@2026-01-01~2026-12-31;senior@2027-02-01~;vehicle-loan@2026-06-30');
    expect(readOfficerEdit(officer, officerCells(officer))).toEqual({ officer });
  });

  it('refuses a range that ends before it starts, or a date that is not one', () => {
    const backwards = readOfficerEdit(makeOfficer('O-6'), { skills: 'senior@2026-12-31~2026-01-01' });
    expect('errors' in backwards && backwards.errors[0].message.en).toBe(
      'Skills: "senior@2026-12-31~2026-01-01" ends before it starts; write the first day before ~ and the last after it.',
    );
    const bad = readOfficerEdit(makeOfficer('O-6'), { skills: 'senior@2026-01-01~soon' });
    expect('errors' in bad && bad.errors[0].message.en).toMatch(/has a bad validity date/);
  });
});
