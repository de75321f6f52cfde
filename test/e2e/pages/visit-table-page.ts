import type { Locator, Page } from 'playwright-core';

/** One visit row of the table in sight: what its cells say. */
export interface TableRowReading {
  visitId: string;
  /** 2 for the first visit (the header row is 1). */
  rowIndex: number;
  idCell: string;
  nameCell: string;
}

/** What the table's scroll box shows at the moment. */
export interface TableSight {
  scrollTop: number;
  /** The rows at least partly in sight below the header, top to bottom. */
  rows: TableRowReading[];
  /** Rows fill the box from under the header to its bottom (or to the last visit), without gaps. */
  isFilled: boolean;
}

/** Locators and readings of the visits table (a windowed grid in its own scroll box). */
export class VisitTablePage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Visits' });
  }

  get scroller(): Locator {
    return this.page.locator('.visits-panel .table-scroll');
  }

  /** Mouse wheel turns over the table, `deltaY` pixels each; then waits until scrolling stops. */
  async wheel(deltaY: number, times = 1): Promise<void> {
    const box = (await this.scroller.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < times; i++) await this.page.mouse.wheel(0, deltaY);
    await this.settle();
  }

  /** Moves the scroll position as dragging the scrollbar's thumb does. */
  async dragScrollbarTo(fraction: number): Promise<void> {
    await this.scroller.evaluate((element, f) => {
      element.scrollTop = f * (element.scrollHeight - element.clientHeight);
    }, fraction);
    await this.settle();
  }

  /** Waits until the scroll position holds still for two frames (wheel scrolling may animate). */
  async settle(): Promise<void> {
    let last = -1;
    for (let stable = 0; stable < 2;) {
      const now = await this.scroller.evaluate(
        (element) => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(element.scrollTop))),
      );
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
  }

  async isAtBottom(): Promise<boolean> {
    return this.scroller.evaluate((element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 1);
  }

  async sight(): Promise<TableSight> {
    return this.scroller.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const top = element.querySelector('th')!.getBoundingClientRect().bottom;
      const bottom = box.top + element.clientHeight;
      const rows = [...element.querySelectorAll<HTMLTableRowElement>('tr.visit-row')].filter((row) => {
        const r = row.getBoundingClientRect();
        return r.bottom > top && r.top < bottom;
      });
      const boxes = rows.map((row) => row.getBoundingClientRect());
      const isLast =
        rows.length > 0 &&
        rows[rows.length - 1].getAttribute('aria-rowindex') === element.querySelector('table')!.getAttribute('aria-rowcount');
      const isFilled =
        rows.length > 0 &&
        boxes[0].top <= top + 0.5 &&
        (isLast || boxes[boxes.length - 1].bottom >= bottom - 0.5) &&
        boxes.every((b, i) => i === 0 || Math.abs(b.top - boxes[i - 1].bottom) < 1);
      return {
        scrollTop: element.scrollTop,
        isFilled,
        rows: rows.map((row) => ({
          visitId: row.dataset.visitId ?? '',
          rowIndex: Number(row.getAttribute('aria-rowindex')),
          idCell: row.querySelector('.col-id')?.textContent ?? '',
          nameCell: row.querySelector('.col-name')?.textContent ?? '',
        })),
      };
    });
  }

  /** The class of each column header shown, left to right (`col-id`, …). */
  async columns(): Promise<string[]> {
    return this.grid.locator('th').evaluateAll((heads) => heads.map((th) => th.className));
  }
}
