import { liveSearch } from './live-search';
import { countText } from './search-count';
import { warmSearch } from './search-shards';
import { resultKeys } from './result-keys';
import { hitContext, searchHit } from './search-hit';
import { writeState } from './search-query';
import { readStrings } from './ui-strings';

/** Results shown under the header's box; the search page has the rest, and the filters. */
const PANEL_RESULTS = 5;

/**
 * The header box's results panel: the best turns for what is typed, updated as the reader
 * types, with a link to all results on the search page. Enter in the box opens that page;
 * ↓ moves into the results; Escape or leaving the box closes the panel.
 */
export function searchPanel(root: HTMLElement, input: HTMLInputElement): void {
  const panel = root.querySelector<HTMLElement>('.search-panel');
  const list = root.querySelector<HTMLOListElement>('.search-panel-results');
  const summary = root.querySelector<HTMLElement>('.search-panel-summary');
  const status = root.querySelector<HTMLElement>('.search-panel-status');
  const all = root.querySelector<HTMLAnchorElement>('.search-panel-all');
  const form = root.querySelector('form');
  if (!panel || !list || !summary || !status || !all || !form) return;
  const strings = readStrings(root);
  const { text } = strings;

  const open = (isOpen: boolean): void => {
    panel.hidden = !isOpen;
  };
  const search = liveSearch({
    pageSize: PANEL_RESULTS,
    onResults: ({ state, total, count, hits }) => {
      const context = hitContext(form.action, strings);
      list.replaceChildren(...hits.map((hit) => searchHit(hit, context)));
      const message = total > 0 ? countText(count, strings) : text('search.none', { query: state.query.trim() });
      summary.textContent = message;
      status.textContent = message;
      all.href = `${form.action}${writeState(state)}`;
      open(document.activeElement === input || root.contains(document.activeElement));
    },
    onError: () => {
      list.replaceChildren();
      summary.textContent = text('search.failed');
      status.textContent = text('search.failed');
      open(true);
    },
  });
  const update = (): void => {
    if (input.value.trim()) search.request({ query: input.value, filters: {} });
    else {
      search.cancel();
      open(false);
    }
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => open(Boolean(input.value.trim() && summary.textContent)));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) open(false);
  });
  resultKeys(input, list);
  // Fetched while the reader starts typing; a failure shows when they search.
  warmSearch().catch(() => undefined);
  update();
}
