import type { Migration } from './migration';
import { migration0010 } from './0010-initial';
import { migration0020 } from './0020-travel-cache';
import { migration0030 } from './0030-settings';
import { migration0040 } from './0040-plan-edits';
import { migration0050 } from './0050-plan-status-changes';
import { migration0060 } from './0060-plan-visit-changes';
import { migration0070 } from './0070-officer-addresses';
import { migration0080 } from './0080-audit-chain';
import { migration0090 } from './0090-rule-sets';
import { migration0100 } from './0100-customer-holds';
import { migration0110 } from './0110-visit-approvals';
import { migration0120 } from './0120-users-and-overrides';
import { migration0130 } from './0130-visit-outcomes';
import { migration0140 } from './0140-follow-ups';
import { migration0150 } from './0150-officer-days';
import { migration0160 } from './0160-import-mappings';
import { migration0170 } from './0170-follow-up-rules';
import { migration0180 } from './0180-geocoding';
import { migration0190 } from './0190-territories';
import { migration0200 } from './0200-plan-travel-source';

/**
 * Every migration, oldest first. An explicit list rather than a directory scan, so the back end
 * bundles into an asar without a file loader. Append only.
 */
export const migrations: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0090,
  migration0100,
  migration0110,
  migration0120,
  migration0130,
  migration0140,
  migration0150,
  migration0160,
  migration0170,
  migration0180,
  migration0190,
  migration0200,
];

export type { Migration } from './migration';
