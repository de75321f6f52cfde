import type { Locator, Page } from 'playwright-core';

/** The selected visit's detail panel and its edit form, so specs read as user steps. */
export class VisitDetailPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('visit-detail');
  }

  /** A field of the details as shown (`position`, `windows`, `phone`, …). */
  field(name: string): Locator {
    return this.panel.locator(`.visit-detail__row[data-field="${name}"] dd`);
  }

  get problems(): Locator {
    return this.panel.getByTestId('visit-problems');
  }

  button(name: string | RegExp): Locator {
    return this.panel.getByRole('button', { name });
  }

  input(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }
}
