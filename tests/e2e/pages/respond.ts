// Page object for the respondent runtime (respond.html). Selectors by test id, role and the
// item ids of the definition, never by visible text.
import { expect, type Locator, type Page } from '@playwright/test';

export class RespondPage {
  readonly title: Locator;
  readonly items: Locator;
  readonly language: Locator;
  readonly loadFailure: Locator;
  readonly progress: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly done: Locator;
  readonly errorSummary: Locator;
  readonly audienceContinue: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('survey-title');
    this.items = page.locator('section.page > [data-testid=item]');
    this.language = page.getByTestId('language');
    this.loadFailure = page.getByTestId('load-failure');
    this.progress = page.getByTestId('progress');
    this.nextButton = page.getByTestId('next');
    this.backButton = page.getByTestId('back');
    this.done = page.getByTestId('done');
    this.errorSummary = page.getByTestId('error-summary');
    this.audienceContinue = page.getByTestId('audience-continue');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/respond.html${query}`);
  }

  item(id: string): Locator {
    return this.page.locator(`[data-testid=item][data-item-id="${id}"]`);
  }

  field(id: string): Locator {
    return this.page.locator(`#q-${id}`);
  }

  /** A radio button or checkbox of item (or grid row) `name` with value `value`. */
  option(name: string, value: string): Locator {
    return this.page.locator(`input[name="${name}"][value="${value}"]`);
  }

  async next(): Promise<void> {
    await this.nextButton.click();
  }

  async htmlAttribute(name: 'lang' | 'dir'): Promise<string | null> {
    return this.page.locator('html').getAttribute(name);
  }

  /** Answers the required questions of the community sample, page by page, to the last page. */
  async fillCommunitySample(): Promise<void> {
    await this.field('consent').check();
    await this.field('age').fill('34');
    await this.field('household_size').fill('3');
    await this.option('has_children', 'yes').check();
    await this.next();
    await expect(this.item('general_health')).toBeVisible();
    await this.option('general_health', '4').check();
    await this.option('conditions', 'asthma').check();
    await this.next();
    await expect(this.item('home_hazards')).toBeVisible();
    await this.page.getByTestId('decline-food_worry').check();
  }
}
