/** English texts. Keys are grouped by screen; `{name}` marks a value filled in by `t()`. */
export const en = {
  'app.title': 'Field Dispatch',
  'app.loading': 'Loading…',
  'app.shortcuts': 'Shortcuts: Alt+P plan the day, Alt+E export, Alt+L switch language.',

  'lang.switch': '中文',
  'lang.switchLabel': 'Switch the language to Chinese (Alt+L)',

  'day.label': 'Day',
  'day.counts': 'Counts for the selected day',
  'count.visits': 'Visits',
  'count.approved': 'Approved',
  'count.planned': 'Planned',
  'count.unassigned': 'Unassigned',
  'count.officers': 'Officers',

  'empty.title': 'No visits yet',
  'empty.body': 'Import a visits file and an officers file, or load a demo day with synthetic data to see how planning works.',
  'empty.loadDemo': 'Load demo day',
  'empty.loadingDemo': 'Loading the demo day…',

  'plan.button': 'Plan day',
  'plan.busy': 'Planning… {percent}%',
  'plan.done': 'Plan ready: {assigned} of {total} visits assigned to {officers} officers, {km} km of travel.',

  'export.button': 'Export',
  'export.busy': 'Exporting…',
  'export.format': 'Export format',
  'export.done': 'Downloaded {count} file(s).',

  'visits.title': 'Visits',
  'visits.filter': 'Filter visits',
  'visits.filterHint': 'Name, address, ID or officer',
  'visits.none': 'No visits match the filter.',
  'visits.more': 'Showing {shown} of {total} visits. Narrow the filter to see the others.',
  'visits.col.id': 'ID',
  'visits.col.name': 'Customer',
  'visits.col.kind': 'Kind',
  'visits.col.windows': 'Time windows',
  'visits.col.priority': 'Priority',
  'visits.col.status': 'Status',
  'visits.col.officer': 'Officer',
  'visits.noOfficer': 'Not assigned',

  'kind.verification': 'Verification',
  'kind.collection': 'Collection',
  'kind.follow-up': 'Follow-up',

  'status.approved': 'Approved',
  'status.planned': 'Planned',
  'status.dispatched': 'Dispatched',
  'status.done': 'Done',
  'status.failed': 'Failed',
  'status.cancelled': 'Cancelled',

  'unassigned.title': 'Unassigned visits ({count})',
  'unassigned.noPlan': 'Plan the day to see which visits cannot be placed, and why.',
  'unassigned.none': 'Every visit has an officer.',

  'map.label': 'Map of visits and routes',
  'map.start': 'Start: {name}',

  'error.title': 'Something needs attention',
  'error.dismiss': 'Dismiss',
  'error.unknown': 'Something went wrong. Please try again.',
} as const;

/** Every text key; the Chinese dictionary must have exactly these. */
export type MessageKey = keyof typeof en;
