// Page object for the respondent runtime (respond.html).
import { type Locator, type Page } from '@playwright/test';

export class RespondPage {
  readonly title: Locator;
  readonly items: Locator;
  readonly language: Locator;
  readonly loadFailure: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('survey-title');
    this.items = page.locator('section.page > [data-testid=item]');
    this.language = page.getByTestId('language');
    this.loadFailure = page.getByTestId('load-failure');
    this.progress = page.getByTestId('progress');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/respond.html${query}`);
  }

  item(id: string): Locator {
    return this.page.locator(`[data-testid=item][data-item-id="${id}"]`);
  }

  async htmlAttribute(name: 'lang' | 'dir'): Promise<string | null> {
    return this.page.locator('html').getAttribute(name);
  }
}
