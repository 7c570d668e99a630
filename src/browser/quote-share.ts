import { announce, copyText, offerToCopy } from './clipboard';
import { quoteBar } from './quote-bar';
import { selectedQuote, type SelectedQuote } from './selected-quote';
import { readStrings } from './ui-strings';

/**
 * `<quote-share>`: when the reader selects words inside a turn, a bar offers a link to exactly
 * those words (a URL text fragment on the turn's anchor), to copy or to open. It hides again
 * when the selection goes, unless the reader is using the bar. The element is empty in the
 * HTML, with the bar's words in `data-strings`; the bar is built when first needed.
 */
class QuoteShare extends HTMLElement {
  #quote: SelectedQuote | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onSelectionChange = () => {
    clearTimeout(this.#timer);
    // Selections change on every pointer move while dragging; read them once the reader pauses.
    this.#timer = setTimeout(() => this.#update(), 150);
  };
  #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.#bar()?.hidden) this.#hide();
  };

  connectedCallback(): void {
    document.addEventListener('selectionchange', this.#onSelectionChange);
    document.addEventListener('keydown', this.#onKeydown);
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'copy') void this.#copy();
      else if (action === 'close') this.#hide();
    });
  }

  disconnectedCallback(): void {
    document.removeEventListener('selectionchange', this.#onSelectionChange);
    document.removeEventListener('keydown', this.#onKeydown);
  }

  #bar(): HTMLElement | null {
    return this.querySelector<HTMLElement>('.quote-share');
  }

  #update(): void {
    const quote = selectedQuote();
    if (!quote) {
      if (!this.contains(document.activeElement)) this.#hide();
      return;
    }
    this.#quote = quote;
    const bar = this.#bar() ?? this.appendChild(quoteBar(readStrings(this)));
    const speaker = this.querySelector('.quote-share-speaker');
    const text = this.querySelector('.quote-share-text');
    const link = this.querySelector<HTMLAnchorElement>('a.quote-share-open');
    if (speaker) speaker.textContent = quote.context.speaker;
    if (text) text.textContent = quote.text;
    if (link) link.href = quote.url;
    this.querySelector('.quote-share-fallback')?.setAttribute('hidden', '');
    bar.hidden = false;
  }

  async #copy(): Promise<void> {
    const quote = this.#quote;
    if (!quote) return;
    const status = this.querySelector('[role="status"]');
    if (await copyText(quote.url)) {
      announce(status, readStrings(this).text('actions.quoteCopied'));
      return;
    }
    const field = this.querySelector<HTMLInputElement>('.quote-share-fallback input');
    if (field) offerToCopy(field, quote.url);
    announce(status, readStrings(this).text('actions.copyByHand'));
  }

  #hide(): void {
    const bar = this.#bar();
    if (bar) bar.hidden = true;
    this.#quote = undefined;
  }
}

customElements.define('quote-share', QuoteShare);
