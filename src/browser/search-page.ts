import { liveSearch, type LiveResults } from './live-search';
import { resultKeys } from './result-keys';
import { hitContext, searchHit } from './search-hit';
import { FILTER_NAMES, readState, writeState, type Filters, type SearchState } from './search-query';
import type { TurnHit } from './search-turns';
import { readStrings } from './ui-strings';

/**
 * `<search-page>`: the search form of `/search/` made live. The URL holds the query and the
 * filters (`?q=Minsk+Agreements&speaker=vladimir-putin`): typing replaces the current
 * history entry, a filter change or a submit adds one, so a search can be shared and Back
 * steps through filters and back from a result to its search.
 */
class SearchPage extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('.search-status');
    const list = this.querySelector<HTMLOListElement>('.search-results');
    const more = this.querySelector<HTMLButtonElement>('.search-more');
    if (!form || !input || !status || !list || !more) return;
    const strings = readStrings(this);
    const { text, count } = strings;
    const selects = FILTER_NAMES.map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`));

    const formState = (): SearchState => {
      const filters: Filters = {};
      selects.forEach((select, index) => {
        const name = FILTER_NAMES[index];
        if (select?.value && name) filters[name] = select.value;
      });
      return { query: input.value, filters };
    };
    const showState = ({ query, filters }: SearchState): void => {
      input.value = query;
      selects.forEach((select, index) => {
        const name = FILTER_NAMES[index];
        if (select && name) select.value = filters[name] ?? '';
      });
    };

    const render = ({ state, total, loaded, hits, expanded }: LiveResults, appended: TurnHit[]): void => {
      const context = hitContext(location.pathname, strings);
      const items = appended.map((hit) => searchHit(hit, context));
      if (appended === hits) list.replaceChildren(...items);
      else {
        list.append(...items);
        items[0]?.querySelector('a')?.focus();
      }
      more.hidden = loaded >= total;
      status.textContent =
        total > 0 ? count(expanded ? 'search.turns' : 'search.results', expanded ? hits.length : total)
        : state.query.trim() ? text('search.none', { query: state.query.trim() })
        : text('search.noneFiltered');
      this.removeAttribute('aria-busy');
    };
    const search = liveSearch({
      pageSize: 10,
      onResults: render,
      onError: () => {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = text('search.failed');
        this.removeAttribute('aria-busy');
      },
    });

    const update = (addToHistory: boolean, now: boolean): void => {
      const state = formState();
      const url = `${location.pathname}${writeState(state)}`;
      if (url !== `${location.pathname}${location.search}`) history[addToHistory ? 'pushState' : 'replaceState'](null, '', url);
      if (!state.query.trim() && Object.keys(state.filters).length === 0) {
        search.cancel();
        list.replaceChildren();
        more.hidden = true;
        status.textContent = '';
        return;
      }
      this.setAttribute('aria-busy', 'true');
      search.request(state, now);
    };

    input.addEventListener('input', () => update(false, false));
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) update(true, true);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update(true, true);
    });
    window.addEventListener('popstate', () => {
      showState(readState(location.search));
      update(false, true);
    });
    more.addEventListener('click', () => void search.more());
    resultKeys(input, list);

    for (const control of form.querySelectorAll('input, select, button')) control.removeAttribute('disabled');
    // The field has a visible label; the placeholder only spoke to readers without JavaScript.
    input.placeholder = '';
    showState(readState(location.search));
    update(false, true);
    if (!input.value) input.focus();
  }
}

customElements.define('search-page', SearchPage);
