// Page object for the builder (index.html): selectors live here, by test id and role.
import { expect, type Locator, type Page } from '@playwright/test';

export class BuilderPage {
  readonly items: Locator;
  readonly issues: Locator;
  readonly noIssues: Locator;
  readonly loadFailure: Locator;
  readonly previewLanguage: Locator;
  readonly uiLanguage: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByTestId('items').getByTestId('item');
    this.issues = page.getByTestId('issues').getByTestId('issue');
    this.noIssues = page.getByTestId('no-issues');
    this.loadFailure = page.getByTestId('load-failure');
    this.previewLanguage = page.getByTestId('preview-language');
    this.uiLanguage = page.getByTestId('ui-language');
    this.editText = page.getByTestId('edit-text');
    this.editId = page.getByTestId('edit-id');
  }

  readonly editText: Locator;
  readonly editId: Locator;

  /** The ids the outline lists, every page opened first. */
  get ids(): Promise<string[]> {
    return this.expandAll().then(() =>
      this.items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-id') ?? '')));
  }

  async select(id: string): Promise<void> {
    if ((await this.item(id).count()) === 0) await this.expandAll();
    await this.item(id).getByTestId('select-item').click();
  }

  /** Opens every page of the outline: the page being edited shows its rows, the others are
   * closed headings until opened. */
  async expandAll(): Promise<void> {
    const closed = this.page.locator('[data-testid=outline-page-toggle][aria-expanded=false]');
    while ((await closed.count()) > 0) await closed.first().click();
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/index.html${query}`);
  }

  /** An outline row (the live preview has items with the same ids). */
  item(id: string): Locator {
    return this.page.getByTestId('items').locator(`[data-testid=item][data-item-id="${id}"]`);
  }

  /** An item as the live preview shows it. */
  previewItem(id: string): Locator {
    return this.page.getByTestId('preview').locator(`[data-testid=item][data-item-id="${id}"]`);
  }

  /** Adds an item of a type where the builder puts new items; it becomes the selected one. */
  async addItem(type: string, id: string, text: string): Promise<void> {
    await this.page.getByTestId('add-item-type').selectOption(type);
    await this.page.getByTestId('add-item').click();
    await this.editId.fill(id);
    await this.editId.press('Tab');
    await expect(this.item(id)).toHaveCount(1);
    await this.editText.fill(text);
  }

  /** Presses Tab until the element has focus: proves it is reachable from the keyboard. */
  async tabTo(target: Locator, limit = 400): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`not reachable with Tab in ${limit} presses`);
  }

  /** The condition editor of the selected item: `show-if` or `required-if`. */
  condition(name: 'show-if' | 'required-if' | 'page-show-if'): Locator {
    return this.page.getByTestId(name);
  }

  /** Every page of the outline opened, it lists `count` items (retried while a survey that
   * was just chosen loads, since its pages open closed). */
  async expectAllItems(count: number): Promise<void> {
    await expect(async () => {
      await this.expandAll();
      await expect(this.items).toHaveCount(count, { timeout: 1000 });
    }).toPass();
  }

  /** The outline is shown, with every page opened. */
  async expectLoaded(): Promise<void> {
    await expect(this.items.first()).toBeVisible();
    await this.expandAll();
  }
}
