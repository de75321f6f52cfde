import type { Locator, Page } from 'playwright-core';

/** Locators of the officers screen, so specs read as a dispatcher's steps. */
export class OfficersPage {
  constructor(readonly page: Page) {}

  /** The header's way to the officers screen. */
  get tab(): Locator {
    return this.page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Officers' });
  }

  get table(): Locator {
    return this.page.getByRole('grid', { name: /^Officers on the roster/ });
  }

  row(officerId: string): Locator {
    return this.page.locator(`tr[data-officer-id="${officerId}"]`);
  }

  field(label: string): Locator {
    return this.page.locator('form.officer-form').getByLabel(label, { exact: true });
  }

  get status(): Locator {
    return this.page.locator('.officers-screen [role="status"]');
  }
}
