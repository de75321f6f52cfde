-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- index customer_holds_customer
CREATE INDEX customer_holds_customer ON customer_holds (customer_id);

-- index follow_ups_customer
CREATE INDEX follow_ups_customer ON follow_ups (customer_id);

-- index follow_ups_visit
CREATE INDEX follow_ups_visit ON follow_ups (visit_id);

-- index import_mappings_layout
CREATE INDEX import_mappings_layout ON import_mappings (kind, layout_key);

-- index officer_days_date
CREATE INDEX officer_days_date ON officer_days (date);

-- index plans_date_current
CREATE INDEX plans_date_current ON plans (date, is_current);

-- index plans_one_current
CREATE UNIQUE INDEX plans_one_current ON plans (date) WHERE is_current = 1;

-- index visits_customer
CREATE INDEX visits_customer ON visits (customer_id);

-- index visits_date_status
CREATE INDEX visits_date_status ON visits (date, status);

-- table _migrations
CREATE TABLE _migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  applied_at INTEGER NOT NULL DEFAULT (unixepoch())
) STRICT;

-- table audit_head
CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  last_id INTEGER NOT NULL,
  last_hash TEXT NOT NULL CHECK (length(last_hash) = 64)
) STRICT;

-- table audit_log
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  detail_json TEXT NOT NULL
, hash TEXT CHECK (hash IS NULL OR length(hash) = 64)) STRICT;

-- table customer_holds
CREATE TABLE customer_holds (
  id INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('complaint', 'dispute', 'legal', 'vulnerable', 'do_not_visit')),
  officer_id TEXT,
  until_date TEXT,
  note TEXT NOT NULL DEFAULT '',
  placed_by TEXT NOT NULL,
  placed_at TEXT NOT NULL,
  released_by TEXT,
  released_at TEXT,
  release_reason TEXT,
  CHECK (kind = 'do_not_visit' OR until_date IS NULL),
  CHECK (kind = 'complaint' OR officer_id IS NULL),
  CHECK ((released_at IS NULL) = (released_by IS NULL))
) STRICT;

-- table follow_ups
CREATE TABLE "follow_ups" (
  id INTEGER PRIMARY KEY,
  from_visit_id TEXT NOT NULL REFERENCES visits (id),
  rule TEXT NOT NULL CHECK (rule IN ('identity_verified', 'identity_not_verified', 'address_confirmed', 'wrong_address',
    'moved', 'promise_to_pay', 'paid', 'refused', 'not_at_home', 'complaint')),
  customer_id TEXT NOT NULL,
  kind TEXT CHECK (kind IS NULL OR kind IN ('verification', 'collection', 'follow-up')),
  earliest_date TEXT,
  latest_date TEXT,
  windows_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(windows_json) = 'array'),
  officer TEXT NOT NULL DEFAULT 'any' CHECK (officer IN ('any', 'same', 'other')),
  from_officer_id TEXT,
  priority INTEGER CHECK (priority IS NULL OR priority BETWEEN 1 AND 5),
  status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'withdrawn', 'flagged')),
  visit_id TEXT,
  created_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT
) STRICT;

-- table geocode_cache
CREATE TABLE geocode_cache (
  provider TEXT NOT NULL,
  address_key TEXT NOT NULL,
  is_found INTEGER NOT NULL CHECK (is_found IN (0, 1)),
  lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  lng REAL CHECK (lng IS NULL OR lng BETWEEN -180 AND 180),
  confidence REAL CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
  label TEXT,
  asked_at INTEGER NOT NULL,
  PRIMARY KEY (provider, address_key),
  CHECK ((is_found = 1) = (lat IS NOT NULL) AND (lat IS NULL) = (lng IS NULL) AND (lat IS NULL) = (confidence IS NULL))
) WITHOUT ROWID, STRICT;

-- table import_batches
CREATE TABLE "import_batches" (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('visits', 'officers', 'outcomes', 'availability')),
  file_name TEXT NOT NULL,
  encoding TEXT NOT NULL,
  imported_at INTEGER NOT NULL,
  row_count INTEGER NOT NULL,
  inserted INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  error_count INTEGER NOT NULL
) STRICT;

-- table import_mappings
CREATE TABLE import_mappings (
  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 80),
  kind TEXT NOT NULL CHECK (kind IN ('visits', 'officers', 'outcomes', 'availability')),
  layout_key TEXT NOT NULL,
  signature_json TEXT NOT NULL CHECK (json_type(signature_json) = 'array'),
  columns_json TEXT NOT NULL CHECK (json_type(columns_json) = 'array'),
  saved_at INTEGER NOT NULL,
  saved_by TEXT NOT NULL
) STRICT;

-- table officer_days
CREATE TABLE officer_days (
  officer_id TEXT NOT NULL REFERENCES officers (id),
  date TEXT NOT NULL,
  availability TEXT NOT NULL CHECK (availability IN ('working', 'off')),
  shift_start_sec INTEGER CHECK (shift_start_sec BETWEEN 0 AND 86400),
  shift_end_sec INTEGER CHECK (shift_end_sec BETWEEN 0 AND 86400),
  start_lat REAL,
  start_lng REAL,
  start_system TEXT CHECK (start_system IN ('wgs84', 'gcj02', 'bd09')),
  start_address TEXT NOT NULL DEFAULT '' CHECK (length(start_address) <= 200),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (officer_id, date),
  CHECK ((shift_start_sec IS NULL) = (shift_end_sec IS NULL)),
  CHECK (shift_start_sec IS NULL OR shift_start_sec < shift_end_sec),
  CHECK ((start_lat IS NULL) = (start_lng IS NULL) AND (start_lat IS NULL) = (start_system IS NULL)),
  CHECK (availability = 'working' OR (shift_start_sec IS NULL AND start_lat IS NULL))
) STRICT;

-- table officers
CREATE TABLE officers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  team TEXT NOT NULL,
  agency TEXT NOT NULL,
  start_lat REAL NOT NULL,
  start_lng REAL NOT NULL,
  start_system TEXT NOT NULL CHECK (start_system IN ('wgs84', 'gcj02', 'bd09')),
  end_lat REAL,
  end_lng REAL,
  end_system TEXT CHECK (end_system IN ('wgs84', 'gcj02', 'bd09')),
  shift_start_sec INTEGER NOT NULL,
  shift_end_sec INTEGER NOT NULL,
  breaks_json TEXT NOT NULL,
  max_visits INTEGER NOT NULL,
  max_working_sec INTEGER NOT NULL,
  skills_json TEXT NOT NULL,
  travel_mode TEXT NOT NULL
    CHECK (travel_mode IN ('driving', 'scooter', 'cycling', 'walking', 'transit')),
  is_active INTEGER NOT NULL CHECK (is_active IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL, start_address TEXT NOT NULL DEFAULT '' CHECK (length(start_address) <= 200), end_address TEXT NOT NULL DEFAULT '' CHECK (length(end_address) <= 200),
  CHECK ((end_lat IS NULL) = (end_lng IS NULL) AND (end_lat IS NULL) = (end_system IS NULL))
) STRICT;

-- table plan_redo
CREATE TABLE plan_redo (
  date TEXT NOT NULL,
  seq INTEGER NOT NULL,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  PRIMARY KEY (date, seq)
) STRICT;

-- table plan_routes
CREATE TABLE plan_routes (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  officer_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  depart_sec INTEGER NOT NULL,
  finish_sec INTEGER NOT NULL,
  break_start_sec INTEGER,
  break_end_sec INTEGER,
  break_after_stop INTEGER,
  return_travel_sec INTEGER NOT NULL,
  return_distance_m INTEGER NOT NULL,
  travel_sec INTEGER NOT NULL,
  distance_m INTEGER NOT NULL,
  working_sec INTEGER NOT NULL, stops_plan_id TEXT REFERENCES plans (id),
  PRIMARY KEY (plan_id, officer_id),
  CHECK ((break_start_sec IS NULL) = (break_end_sec IS NULL)
    AND (break_start_sec IS NULL) = (break_after_stop IS NULL))
) STRICT;

-- table plan_stops
CREATE TABLE plan_stops (
  plan_id TEXT NOT NULL,
  officer_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  visit_id TEXT NOT NULL,
  arrival_sec INTEGER NOT NULL,
  start_sec INTEGER NOT NULL,
  end_sec INTEGER NOT NULL,
  travel_sec INTEGER NOT NULL,
  distance_m INTEGER NOT NULL,
  wait_sec INTEGER NOT NULL,
  PRIMARY KEY (plan_id, officer_id, seq),
  FOREIGN KEY (plan_id, officer_id) REFERENCES plan_routes (plan_id, officer_id) ON DELETE CASCADE,
  UNIQUE (plan_id, visit_id)
) STRICT;

-- table plan_unassigned
CREATE TABLE plan_unassigned (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  visit_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  reasons_json TEXT NOT NULL,
  message_en TEXT NOT NULL,
  message_zh TEXT NOT NULL,
  PRIMARY KEY (plan_id, visit_id)
) STRICT;

-- table plans
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  planner TEXT NOT NULL,
  seed INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
  stats_json TEXT NOT NULL
, parent_id TEXT REFERENCES plans (id) ON DELETE SET NULL, violations_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(violations_json) = 'array'), locks_json TEXT NOT NULL DEFAULT '{"pinned":[],"fixedOrder":[],"done":[]}' CHECK (json_type(locks_json) = 'object'), unassigned_plan_id TEXT REFERENCES plans (id), status_changes_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(status_changes_json) = 'array'), visit_changes_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(visit_changes_json) = 'array'), rules_version INTEGER, overrides_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(overrides_json) = 'array'), travel_source_json TEXT CHECK (travel_source_json IS NULL OR json_type(travel_source_json) = 'object')) STRICT;

-- table rule_sets
CREATE TABLE rule_sets (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  rules_json TEXT NOT NULL CHECK (json_type(rules_json) = 'object'),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  reason TEXT NOT NULL
) STRICT;

-- table settings
CREATE TABLE settings (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
  value TEXT NOT NULL
) WITHOUT ROWID, STRICT;

-- table territories
CREATE TABLE territories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('team', 'officer')),
  owner TEXT NOT NULL CHECK (length(owner) BETWEEN 1 AND 64),
  rule TEXT NOT NULL CHECK (rule IN ('hard', 'soft')),
  outside_price INTEGER NOT NULL CHECK (outside_price BETWEEN 0 AND 86400),
  geometry_json TEXT NOT NULL CHECK (json_type(geometry_json) = 'object'),
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- table travel_cache
CREATE TABLE travel_cache (
  provider TEXT NOT NULL,
  mode TEXT NOT NULL,
  from_key TEXT NOT NULL,
  to_key TEXT NOT NULL,
  duration_sec INTEGER NOT NULL CHECK (duration_sec >= 0),
  distance_m INTEGER NOT NULL CHECK (distance_m >= 0),
  PRIMARY KEY (provider, mode, from_key, to_key)
) WITHOUT ROWID, STRICT;

-- table users
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  role TEXT NOT NULL CHECK (role IN ('dispatcher', 'supervisor')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

-- table visit_outcomes
CREATE TABLE visit_outcomes (
  visit_id TEXT PRIMARY KEY REFERENCES visits (id),
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'failed')),
  result TEXT NOT NULL CHECK (result IN ('identity_verified', 'identity_not_verified', 'address_confirmed', 'wrong_address',
    'moved', 'promise_to_pay', 'paid', 'refused', 'not_at_home', 'complaint')),
  arrived_sec INTEGER CHECK (arrived_sec IS NULL OR arrived_sec BETWEEN 0 AND 86400),
  left_sec INTEGER CHECK (left_sec IS NULL OR left_sec BETWEEN 0 AND 86400),
  promise_amount REAL CHECK (promise_amount IS NULL OR promise_amount >= 0),
  promise_date TEXT CHECK (promise_date IS NULL OR promise_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  remarks TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;

-- table visits
CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('verification', 'collection', 'follow-up')),
  customer_id TEXT NOT NULL,
  customer_name TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lng REAL NOT NULL CHECK (lng BETWEEN -180 AND 180),
  coord_system TEXT NOT NULL CHECK (coord_system IN ('wgs84', 'gcj02', 'bd09')),
  windows_json TEXT NOT NULL,
  service_sec INTEGER NOT NULL CHECK (service_sec >= 0),
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
  risk_score REAL,
  overdue_days INTEGER,
  overdue_amount REAL,
  required_skills_json TEXT NOT NULL,
  approval_ref TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('approved', 'planned', 'dispatched', 'done', 'failed', 'cancelled')),
  notes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
, approved_by TEXT CHECK (approved_by IS NULL OR length(approved_by) BETWEEN 1 AND 100), approval_expires TEXT CHECK (approval_expires IS NULL OR approval_expires GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), approval_scope_json TEXT CHECK (approval_scope_json IS NULL OR (json_valid(approval_scope_json) AND json_type(approval_scope_json) = 'array')), location_source TEXT
  CHECK (location_source IS NULL OR location_source IN ('pending', 'geocoded', 'guessed', 'confirmed')), location_confidence REAL
  CHECK (location_confidence IS NULL OR location_confidence BETWEEN 0 AND 1), location_problem_json TEXT
  CHECK (location_problem_json IS NULL OR (json_valid(location_problem_json) AND json_type(location_problem_json) = 'object'))) STRICT;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger customer_holds_no_delete
CREATE TRIGGER customer_holds_no_delete BEFORE DELETE ON customer_holds
  BEGIN SELECT RAISE(ABORT, 'customer holds are released, never deleted'); END;

-- trigger follow_ups_no_delete
CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups
  BEGIN SELECT RAISE(ABORT, 'follow-ups are withdrawn, never deleted'); END;

-- trigger rule_sets_no_delete
CREATE TRIGGER rule_sets_no_delete BEFORE DELETE ON rule_sets
  BEGIN SELECT RAISE(ABORT, 'rule_sets is append-only'); END;

-- trigger rule_sets_no_update
CREATE TRIGGER rule_sets_no_update BEFORE UPDATE ON rule_sets
  BEGIN SELECT RAISE(ABORT, 'rule_sets is append-only'); END;

-- trigger users_no_delete
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
  BEGIN SELECT RAISE(ABORT, 'user profiles are made inactive, never deleted'); END;
