/**
 * `<site-search>`: the search box in every page's header. The page ships only this small
 * element; the results panel and Pagefind load when the reader focuses the box (by click, Tab
 * or `/`), so a reader who never searches downloads no search code. Without JavaScript the
 * box stays disabled and says that search needs it.
 */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    const start = (): void => {
      void import('./search-panel').then(
        ({ searchPanel }) => searchPanel(this, input),
        // Offline, say: try again on the next focus. Enter still opens the search page.
        () => input.addEventListener('focus', start, { once: true }),
      );
    };
    input.addEventListener('focus', start, { once: true });
    input.placeholder = this.dataset['placeholder'] ?? '';
    for (const control of this.querySelectorAll('input, button')) control.removeAttribute('disabled');
  }
}

customElements.define('site-search', SiteSearch);
