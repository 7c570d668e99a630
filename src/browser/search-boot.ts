import { HIGHLIGHT_PARAM } from './highlight-param';
import { listenForSearchKey } from './search-key';
import './site-search';

/*
 * The one script every page loads, under a kilobyte: the `/` key, the header's
 * `<site-search>`, and the rest only where the page needs it. Pagefind and the result
 * rendering load when a reader starts to search, on the search page, or on a turn reached
 * from a result.
 */
listenForSearchKey();
if (document.querySelector('search-page')) void import('./search-page');
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./turn-highlight').then(({ highlightTurn }) => highlightTurn());
