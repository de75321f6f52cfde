import type { LatLng } from '../../../shared/domain';
import { translate, type MessageKey } from '../../../shared/i18n';
import { itineraryDayName, type Itinerary, type ItineraryStop } from '../../../shared/logic/itinerary';

// Characters XML 1.0 forbids even when escaped (control codes other than tab and line ends).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in an element or a quoted attribute. */
function xml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Child elements in the order given, skipping empty values (the schema fixes the order). */
function children(indent: string, fields: [name: string, value: string | null][]): string[] {
  return fields.filter(([, value]) => value).map(([name, value]) => `${indent}<${name}>${xml(value ?? '')}</${name}>`);
}

/** A wptType element (`wpt` or `rtept`): WGS-84 with six decimals, then name, desc and type in schema order. */
function point(tag: 'wpt' | 'rtept', at: LatLng, fields: { name: string; desc: string | null; type?: string }): string[] {
  const indent = tag === 'wpt' ? '  ' : '    ';
  return [
    `${indent}<${tag} lat="${at.lat.toFixed(6)}" lon="${at.lng.toFixed(6)}">`,
    ...children(`${indent}  `, [
      ['name', fields.name],
      ['desc', fields.desc],
      ['type', fields.type ?? null],
    ]),
    `${indent}</${tag}>`,
  ];
}

// Names identify the stop without personal data (GPS units list them); the customer name appears
// only in desc, as the reader's profile gives it.
function stopPoint(tag: 'wpt' | 'rtept', stop: ItineraryStop): string[] {
  return point(tag, stop.location, {
    name: `${stop.seq}. ${stop.visitId}`,
    desc: [stop.kindLabel, `${stop.start}-${stop.end}`, stop.customerName].join(' · '),
    type: stop.kindLabel,
  });
}

function routePoints(itinerary: Itinerary): string[] {
  const say = (key: MessageKey) => translate(itinerary.language, key);
  const placeDesc = (label: MessageKey, time: string, address: string | null) =>
    [`${say(label)} ${time}`, address].filter(Boolean).join(' · ');
  const { start, end } = itinerary;
  return [
    ...point('rtept', start.location, {
      name: say('itinerary.start'),
      desc: placeDesc('itinerary.depart', itinerary.summary.depart, start.address),
    }),
    ...itinerary.stops.flatMap((stop) => stopPoint('rtept', stop)),
    ...(end
      ? point('rtept', end.location, {
          name: say('itinerary.end'),
          desc: placeDesc('itinerary.finish', itinerary.returnLeg.arrival, end.address),
        })
      : []),
  ];
}

/**
 * One officer's day as GPX 1.1: a waypoint per visit and a route start → visits → end (no end for
 * an open end), in WGS-84 as GPX requires. Metadata names the officer and the date and carries the
 * copy's watermark.
 */
export function routeGpx(itinerary: Itinerary): string {
  const name = itineraryDayName(itinerary);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="field-dispatch" xmlns="http://www.topografix.com/GPX/1/1">',
    '  <metadata>',
    ...children('    ', [
      ['name', name],
      ['desc', itinerary.watermark],
      ['time', itinerary.exportedAt],
    ]),
    '  </metadata>',
    ...itinerary.stops.flatMap((stop) => stopPoint('wpt', stop)),
    '  <rte>',
    ...children('    ', [['name', name]]),
    ...routePoints(itinerary),
    '  </rte>',
    '</gpx>',
  ];
  return `${lines.join('\n')}\n`;
}
