import type { Locator, Page } from 'playwright-core';

/** One officer's row as the timeline shows it. */
export interface RowReading {
  officerId: string;
  /** `visitId@HH:MM` per stop, in order. */
  stops: string[];
  finish: string;
}

/** Locators and readings of the dispatch board (timeline, toolbar, tabs), so specs read as user steps. */
export class BoardPage {
  constructor(readonly page: Page) {}

  get timeline(): Locator {
    return this.page.getByRole('group', { name: 'Timeline: one row per officer' });
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Plan editing' });
  }

  row(officerId: string): Locator {
    return this.page.locator(`.timeline-row[data-officer-id="${officerId}"]`);
  }

  block(visitId: string): Locator {
    return this.page.locator(`.stop-block[data-visit-id="${visitId}"]`);
  }

  async readRow(officerId: string): Promise<RowReading> {
    const row = this.row(officerId);
    const stops = ((await row.getAttribute('data-stops')) ?? '').split(' ').filter(Boolean);
    return { officerId, stops, finish: (await row.getAttribute('data-finish')) ?? '' };
  }

  /**
   * The rows in sight (rendered rows beyond the timeline's scroll box are not) that have at least
   * `minStops` visits and, if asked, break no rule; top to bottom.
   */
  async rowsWithStops(minStops = 1, withoutViolations = false): Promise<RowReading[]> {
    const rows = this.page.locator(withoutViolations ? '.timeline-row:not(.has-violation)' : '.timeline-row');
    const ids = await rows.evaluateAll((list) => {
      const box = list[0]?.closest('.timeline')?.getBoundingClientRect();
      const inSight = (row: Element) => {
        const r = row.getBoundingClientRect();
        return box !== undefined && r.top >= box.top + 24 && r.bottom <= box.bottom;
      };
      return list.filter(inSight).map((r) => r.getAttribute('data-officer-id') ?? '');
    });
    const readings = await Promise.all(ids.map((id) => this.readRow(id)));
    return readings.filter((r) => r.stops.length >= minStops);
  }

  /**
   * A real mouse drag: press on `from`, move in steps, release over `to` at `xFraction` of its
   * width (kept inside the part of the timeline in sight, which may scroll sideways).
   */
  async drag(from: { x: number; y: number }, to: Locator, xFraction: number): Promise<void> {
    const box = (await to.boundingBox())!;
    const view = (await this.timeline.boundingBox())!;
    const x = Math.max(box.x + 2, Math.min(box.x + box.width * xFraction, view.x + view.width - 24));
    const { mouse } = this.page;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 12, from.y + 12, { steps: 3 });
    await mouse.move(x, box.y + box.height / 2, { steps: 8 });
    await mouse.up();
  }

  /** Waits for the notice, failing with the error banner's sentence if an error shows instead. */
  async expectNotice(text: string | RegExp, timeout = 30_000): Promise<void> {
    const alert = this.page.getByRole('alert');
    try {
      await this.notice(text).or(alert).first().waitFor({ timeout });
    } catch {
      const notices = (await this.page.getByRole('status').allTextContents()).join(' | ');
      const dialogs = (await this.page.locator('dialog[open]').allTextContents()).join(' | ');
      throw new Error(`Expected the notice ${String(text)}; the notices say: ${notices}; open dialogs: ${dialogs || 'none'}`);
    }
    if ((await alert.count()) > 0)
      throw new Error(`Expected the notice ${String(text)}, got the error: ${await alert.first().textContent()}`);
  }

  async centre(locator: Locator): Promise<{ x: number; y: number }> {
    const box = (await locator.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  track(officerId: string): Locator {
    return this.row(officerId).locator('.timeline-row__track');
  }

  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}

/** The visit id of a `visitId@HH:MM` stop reading. */
export const visitOf = (stop: string): string => stop.split('@')[0];
