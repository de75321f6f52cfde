// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { navigationLinksHtml } from '../../../electron/backend/export/navigation-links-html';
import { NAVIGATION_SERVICES } from '../../../shared/logic/navigation-links';
import type { Itinerary } from '../../../shared/logic/itinerary';
import { itineraryFixture } from './itinerary-fixture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent);

describe('navigationLinksHtml', () => {
  const itinerary = itineraryFixture({ language: 'zh', profile: 'officer' });
  const page = navigationLinksHtml(itinerary);
  const doc = parse(page);

  it('is a self-contained UTF-8 page for phones, in the itinerary language', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[name=viewport]')?.getAttribute('content')).toContain('width=device-width');
    expect(doc.title).toBe('李强 2026-11-23 走访导航');
    // Nothing to fetch: no scripts, images, stylesheets or frames, and a CSP saying so.
    expect(doc.querySelectorAll('script, img, link, iframe, [src]')).toHaveLength(0);
    expect(doc.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('lists the stops in route order with time, customer, address and code', () => {
    expect(texts(doc, 'li h2')).toEqual(['第 1 站 · 催收', '第 2 站 · 贷前核查']);
    expect(texts(doc, 'li .time')).toEqual(['走访时间：09:00-09:30', '走访时间：13:30-14:00']);
    expect(texts(doc, 'li .customer')).toEqual(['王小明', '赵六']);
    expect(texts(doc, 'li .address')).toEqual(['上海市徐汇区桂溪路188弄12号1203室', '上海市长宁区延安西路1000号']);
    expect(texts(doc, 'li .code')).toEqual(itinerary.stops.map((stop) => `验证码：${stop.verificationCode}`));
  });

  it('carries every link of the model, escaped in the source and exact once parsed', () => {
    for (const stop of itinerary.stops) {
      const anchors = [...doc.querySelectorAll(`#stop-${stop.seq} nav a`)];
      expect(anchors.map((a) => a.getAttribute('href'))).toEqual(NAVIGATION_SERVICES.map((service) => stop.links[service]));
      expect(anchors.map((a) => a.textContent)).toEqual(['高德地图', '百度地图', 'Apple 地图', 'Google 地图']);
      for (const service of NAVIGATION_SERVICES) {
        expect(stop.links[service]).toContain('&');
        expect(page).toContain(`href="${stop.links[service].replace(/&/g, '&amp;')}"`);
      }
    }
    // Every `&` in the source starts an entity.
    expect(page).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it('labels in English for an English itinerary', () => {
    const en = parse(navigationLinksHtml(itineraryFixture({ language: 'en' })));
    expect(en.documentElement.lang).toBe('en');
    expect(texts(en, '#stop-1 nav a')).toEqual(['Amap', 'Baidu Maps', 'Apple Maps', 'Google Maps']);
    expect(texts(en, 'li h2')[0]).toBe('Stop 1 · Collection');
  });

  it('escapes every value, so imported text cannot add markup', () => {
    const hostile: Itinerary = {
      ...itinerary,
      officer: { ...itinerary.officer, name: '</title><script>x()</script>' },
      stops: [
        {
          ...itinerary.stops[0],
          customerName: '<img src=x onerror=alert(1)>',
          address: 'A & B "quoted" \'single\'',
          links: { ...itinerary.stops[0].links, google: 'https://example.test/?a=1&b="><script>' },
        },
      ],
    };
    const text = navigationLinksHtml(hostile);
    const parsed = parse(text);
    expect(parsed.querySelectorAll('script, img')).toHaveLength(0);
    expect(texts(parsed, '.customer')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(texts(parsed, '.address')).toEqual(['A & B "quoted" \'single\'']);
    expect(parsed.querySelector('a.google')?.getAttribute('href')).toBe('https://example.test/?a=1&b="><script>');
    expect(parsed.title).toContain('</title><script>x()</script>');
  });
});
