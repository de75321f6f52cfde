import type { Language } from '../../../shared/domain';
import { translate, type MessageKey, type MessageValues } from '../../../shared/i18n';
import type { Itinerary, ItineraryStop } from '../../../shared/logic/itinerary';
import { NAVIGATION_SERVICES, type NavigationService } from '../../../shared/logic/navigation-links';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in double-quoted attributes (hrefs included: `&` becomes `&amp;`). */
function html(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

// zh-CN rather than zh, so browsers pick Simplified Chinese glyphs, not Japanese ones.
const HTML_LANG: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

const SERVICE_LABELS: Record<NavigationService, MessageKey> = {
  amap: 'itineraryFile.mapAmap',
  baidu: 'itineraryFile.mapBaidu',
  apple: 'itineraryFile.mapApple',
  google: 'itineraryFile.mapGoogle',
};

// Inline only: the page must open offline from a message or a phone's files, with nothing fetched.
const STYLE = `
body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f4f5f7}
header{padding:16px;background:#1f4e79;color:#fff}
h1{margin:0;font-size:20px}
.watermark{margin:4px 0 0;font-size:13px;opacity:.85}
ol{list-style:none;margin:0;padding:8px}
li{margin:8px 0;padding:12px 16px;background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.12)}
h2{margin:0 0 4px;font-size:18px}
p{margin:2px 0}
.customer{font-weight:600}
.code{font-family:ui-monospace,monospace}
nav{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin-top:12px}
nav a{display:block;padding:12px 8px;text-align:center;border-radius:6px;background:#1f4e79;color:#fff;text-decoration:none;font-weight:600}
`.trim();

function stopItem(stop: ItineraryStop, say: (key: MessageKey, values?: MessageValues) => string): string {
  const field = (label: MessageKey, value: string) => html(say('itineraryFile.field', { label: say(label), value }));
  const links = NAVIGATION_SERVICES.map(
    (service) =>
      `<a class="${service}" href="${html(stop.links[service])}" rel="noopener noreferrer">${html(say(SERVICE_LABELS[service]))}</a>`,
  );
  return [
    `<li id="stop-${html(stop.seq)}">`,
    `<h2>${html(say('itinerary.stop', { seq: stop.seq }))} · ${html(stop.kindLabel)}</h2>`,
    `<p class="time">${field('itineraryFile.visitTime', `${stop.start}-${stop.end}`)}</p>`,
    `<p class="customer">${html(stop.customerName)}</p>`,
    `<p class="address">${html(stop.address)}</p>`,
    `<p class="code">${field('itinerary.verificationCode', stop.verificationCode)}</p>`,
    `<nav>${links.join('')}</nav>`,
    '</li>',
  ].join('\n');
}

/**
 * One officer's day as a small offline web page for a phone: each visit in route order with its
 * time, customer, address and verification code, and buttons opening it in Amap, Baidu Maps, Apple
 * Maps and Google Maps. Self-contained (inline style, a CSP that forbids fetching anything); every
 * value is escaped.
 */
export function navigationLinksHtml(itinerary: Itinerary): string {
  const say = (key: MessageKey, values?: MessageValues) => translate(itinerary.language, key, values);
  const title = say('itineraryFile.navigationTitle', { officerName: itinerary.officer.name, date: itinerary.date });
  return [
    '<!doctype html>',
    `<html lang="${HTML_LANG[itinerary.language]}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${html(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${html(title)}</h1><p class="watermark">${html(itinerary.watermark)}</p>${
      itinerary.travelNote === null ? '' : `<p class="watermark">${html(itinerary.travelNote)}</p>`
    }</header>`,
    '<ol>',
    ...itinerary.stops.map((stop) => stopItem(stop, say)),
    '</ol>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
