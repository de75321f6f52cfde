import { describe, expect, it } from 'vitest';
import { readOfficersFile } from '../../../electron/backend/import';
import { officerRowErrors, readOfficerEdit } from '../../../electron/backend/import/officer-edit';
import { officerCells } from '../../../shared/logic/officer-cells';
import { makeOfficer } from '../db/builders';
import { officersCsv } from './helpers';

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

describe('start and end addresses', () => {
  it('are set and cleared like any other cell, an empty one meaning none', () => {
    const officer = makeOfficer('O-7');
    const set = readOfficerEdit(officer, { start_address: ' 示例路 1 号 ', end_address: 'Example Road 2' });
    expect(set).toEqual({ officer: { ...officer, startAddress: '示例路 1 号', endAddress: 'Example Road 2' } });
    const withAddresses = 'officer' in set ? set.officer : officer;
    expect(readOfficerEdit(withAddresses, { end_address: '' })).toEqual({ officer: { ...officer, startAddress: '示例路 1 号' } });
    const tooLong = readOfficerEdit(officer, { start_address: 'x'.repeat(201) });
    expect('errors' in tooLong && tooLong.errors.map((e) => e.field)).toEqual(['start_address']);
  });
});

describe('addresses in an officers file', () => {
  it('are read from start_address / 起点地址 and end_address / 终点地址, empty meaning none', async () => {
    const text =
      'officer_id,name,start_lat,start_lng,shift_start,shift_end,起点地址,终点地址\nO-8,Officer O-8,31.2,121.4,08:00,18:00,示例路 1 号,\n';
    const result = await readOfficersFile(new TextEncoder().encode(text), 'officers.csv');
    expect(result.errors).toEqual([]);
    expect(result.valid[0].value.startAddress).toBe('示例路 1 号');
    expect(result.valid[0].value).not.toHaveProperty('endAddress');
    const plain = await readOfficersFile(officersCsv([{}]), 'officers.csv');
    expect(plain.valid[0].value).not.toHaveProperty('startAddress');
  });
});
