import { announce, copyText, offerToCopy } from './clipboard';
import { selectedQuote } from './selected-quote';
import { turnContext, type TurnContext } from './turn-context';
import { turnControls, turnPanel } from './turn-controls';
import { readStrings } from './ui-strings';

/**
 * `<turn-actions>`: Copy link, Cite and Share a quote for one turn. The element is empty in
 * the HTML (see Turn.astro); it fills itself (`turnControls`), in the words of the page's
 * `#turn-actions-strings`, so without JavaScript no button shows that would do nothing.
 * Cite is a link to the citations that the turn's own page carries (`<permalink>#cite`),
 * rendered at build time: this script builds no citation.
 */
class TurnActions extends HTMLElement {
  #context: TurnContext | undefined;
  #panel: HTMLElement | undefined;
  #strings: ReturnType<typeof readStrings> | undefined;

  connectedCallback(): void {
    if (this.#context) return;
    const source = document.querySelector<HTMLElement>('#turn-actions-strings');
    this.#context = turnContext(this);
    if (!source || !this.#context) return;
    this.#strings = readStrings(source);
    // Each control names the turn it acts on: "Copy link to Vladimir Putin’s turn 2".
    this.append(turnControls(this.#strings, this.#context.turn.dataset['whose'] ?? '', `${this.#context.permalink}#cite`));
    this.#panel = turnPanel();
    this.closest('.turn-header')?.after(this.#panel);
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  #onClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const context = this.#context;
    if (!button || !context) return;
    const action = button.dataset['action'];
    if (action === 'copy') void this.#copy(context.permalink, 'copied');
    else if (action === 'quote') this.#shareQuote(context);
  }

  /** Copies `text`; where the browser refuses, shows it selected in a field instead. */
  async #copy(text: string, message: string): Promise<void> {
    const status = this.querySelector('[role="status"]');
    if (await copyText(text)) {
      announce(status, this.#string(message));
      return;
    }
    const field = this.#panel?.querySelector<HTMLInputElement>('input.turn-copy-field');
    if (!field) return;
    const label = this.#panel?.querySelector('.turn-copy-label');
    if (label) label.textContent = this.#string('linkLabel');
    offerToCopy(field, text);
    announce(status, this.#string('copyByHand'));
  }

  #shareQuote(context: TurnContext): void {
    const quote = selectedQuote();
    const status = this.querySelector('[role="status"]');
    if (!quote || quote.context.turn !== context.turn) {
      announce(status, this.#string('selectFirst'));
      return;
    }
    void this.#copy(quote.url, 'quoteCopied');
  }

  /** `copied` → the string `actions.copied`: UI strings come from the page (src/i18n/en.json), not from code. */
  #string(name: string): string {
    return this.#strings?.text(`actions.${name}`) ?? '';
  }
}

customElements.define('turn-actions', TurnActions);
