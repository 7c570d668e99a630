import { formatDate, formatMonth } from '../utils/format-date';
import { liveSearch, type LiveResults } from './live-search';
import { resultKeys } from './result-keys';
import { countText } from './search-count';
import { hitContext, searchHit } from './search-hit';
import { FILTER_NAMES, readState, writeState, type Filters, type SearchState } from './search-query';
import { drawTimeline } from './search-timeline';
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
    const timeline = this.querySelector<HTMLElement>('.search-timeline');
    if (!form || !input || !status || !list || !more) return;
    const strings = readStrings(this);
    const { text } = strings;
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
        if (!select || !name) return;
        const value = filters[name] ?? '';
        // The transcript list holds only the transcript a link asked for (see search.astro).
        if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
        select.value = value;
      });
    };
    /** The filtered transcript's option, named by its title and date once a result tells them. */
    const nameTranscript = ({ state, hits }: LiveResults): void => {
      const option = [...(selects[FILTER_NAMES.indexOf('transcript')]?.options ?? [])].find((one) => one.value === state.filters.transcript);
      const [hit] = hits;
      if (option && hit && option.text === option.value) option.text = `${hit.transcript} (${formatDate(new Date(`${hit.date}T00:00:00Z`))})`;
    };

    const statusOf = ({ state, total, count, searched, remaining, since }: LiveResults): string => {
      const found = total > 0 ? countText(count, strings) : '';
      if (remaining.length > 0) {
        if (total === 0) return text('search.searchingOlder');
        // Part of a large year searched so far: from its first month on.
        if (since) return text('search.partialSince', { results: found, since: formatMonth(new Date(`${since}-01T00:00:00Z`)) });
        const [newest = '', oldest = newest] = [searched[0], searched.at(-1)];
        return newest === oldest ? text('search.partialOneYear', { results: found, newest }) : text('search.partial', { results: found, newest, oldest });
      }
      return found || (state.query.trim() ? text('search.none', { query: state.query.trim() }) : text('search.noneFiltered'));
    };
    const showTimeline = (results: LiveResults): void => {
      if (!timeline) return;
      const { state, perYear, searched, remaining } = results;
      // One bar per year is only worth showing across years, for a search with words.
      timeline.hidden = !state.query.trim() || Boolean(state.filters.year) || new Set([...searched, ...remaining]).size < 2;
      if (timeline.hidden) return;
      const yearHref = (year: string) => `${location.pathname}${writeState({ ...state, filters: { ...state.filters, year } })}`;
      drawTimeline(timeline, { perYear, searched, remaining, yearHref }, strings);
    };

    const render = (results: LiveResults, appended: TurnHit[]): void => {
      const { total, loaded, hits, remaining } = results;
      const context = hitContext(location.pathname, strings);
      const items = appended.map((hit) => searchHit(hit, context));
      if (appended === hits) list.replaceChildren(...items);
      else {
        list.append(...items);
        items[0]?.querySelector('a')?.focus();
      }
      more.hidden = loaded >= total && remaining.length === 0;
      status.textContent = statusOf(results);
      showTimeline(results);
      nameTranscript(results);
      // Busy while the years searched so far hold fewer results than a page and older ones remain.
      if (loaded < 10 && remaining.length > 0) this.setAttribute('aria-busy', 'true');
      else this.removeAttribute('aria-busy');
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
    timeline?.querySelector('.timeline-count-all')?.addEventListener('click', () => void search.older(true));
    // A year of the chart (a bar, or a row of its table) narrows the search to that year.
    timeline?.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<Element>('[data-year]') : null;
      const year = link?.getAttribute('data-year');
      const select = form.querySelector<HTMLSelectElement>('select[name="year"]');
      if (!year || !select) return;
      event.preventDefault();
      select.value = year;
      update(true, true);
    });
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
