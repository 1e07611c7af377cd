// Reads the repository's survey fixtures, so journeys compare the page with the data rather
// than with copied strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', 'fixtures');

export type Text = Record<string, string>;
export interface Item { id: string; type: string; text: Text; showIf?: unknown; items?: Item[] }
export interface Survey {
  metadata: { id: string; title: Text };
  sourceLanguage: string;
  languages: { tag: string; direction: string }[];
  pages: { id: string; items: Item[] }[];
}

export function fixtureText(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

export function fixture(path: string): Survey {
  return JSON.parse(fixtureText(path)) as Survey;
}

/** Every item in document order, sections before their children. */
export function allItems(survey: Survey): Item[] {
  const out: Item[] = [];
  const walk = (items: Item[]) => items.forEach((item) => { out.push(item); walk(item.items ?? []); });
  survey.pages.forEach((page) => walk(page.items));
  return out;
}

/** A text with no Fluent placeable, shown exactly as stored (no isolation marks). */
export function isPlain(text: string | undefined): boolean {
  return text !== undefined && !text.includes('{');
}

/** A one-line interface message as written in `locales/<language>/<file>` (no placeables). */
export function uiMessage(language: string, file: string, id: string): string {
  const source = readFileSync(join(__dirname, '..', '..', 'locales', language, file), 'utf8');
  const line = source.split('\n').find((candidate) => candidate.startsWith(`${id} = `));
  if (!line) throw new Error(`${id} not in locales/${language}/${file}`);
  return line.slice(id.length + 3);
}
