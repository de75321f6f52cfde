import type { Locator, Page } from 'playwright-core';

/** Locators and readings of the day screen, so specs read as user steps. */
export class AppPage {
  constructor(readonly page: Page) {}

  get map(): Locator {
    return this.page.locator('section.plan-map');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** The export dialog, as the header's Export button (or Alt+E) opens it. */
  get exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Export itineraries for|导出) / });
  }

  /**
   * Opens the export dialog, picks the files and the reader (the dialog's own choices when absent)
   * and exports. Supervisor copies leave the visits undispatched for the steps that follow.
   */
  async exportDay(format?: string, reader?: 'officers' | 'supervisor'): Promise<void> {
    await this.button('Export').click();
    await this.exportDialog.waitFor();
    if (format) await this.exportDialog.getByLabel('Files').selectOption(format);
    if (reader) await this.exportDialog.getByRole('radio', { name: reader === 'officers' ? /^The officers/ : /^A supervisor/ }).check();
    await this.exportDialog.getByRole('button', { name: 'Export' }).click();
  }

  async mapCount(kind: 'visit' | 'route' | 'officer' | 'unassigned'): Promise<number> {
    return Number(await this.map.getAttribute(`data-${kind}-count`));
  }

  /** The number under a header count label ("Visits", "走访"). */
  async headerCount(label: string): Promise<number> {
    const term = this.page.locator('.counts .count').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
    return Number(await term.locator('dd').textContent());
  }

  /** Non-transparent pixels on Leaflet's vector canvas: proof that markers and routes were drawn. */
  async paintedPixels(): Promise<number> {
    return this.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
      if (!canvas || canvas.width === 0) return 0;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
      return painted;
    });
  }
}
