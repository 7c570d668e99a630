import { announce, copyText, offerToCopy } from './clipboard';
import { selectedQuote } from './selected-quote';
import { turnContext, type TurnContext } from './turn-context';

/**
 * `<turn-actions>`: Copy link, Cite and Share a quote for one turn. The element is empty in
 * the HTML (see remark-speaker-turns); it fills itself from the page's
 * `#turn-actions-template`, so without JavaScript no button shows that would do nothing.
 * Cite is a link to the citations that the turn's own page carries (`<permalink>#cite`),
 * rendered at build time: this script builds no citation.
 */
class TurnActions extends HTMLElement {
  #context: TurnContext | undefined;
  #panel: HTMLElement | undefined;

  connectedCallback(): void {
    if (this.#context) return;
    const template = document.querySelector<HTMLTemplateElement>('template#turn-actions-template');
    const panelTemplate = document.querySelector<HTMLTemplateElement>('template#turn-panel-template');
    this.#context = turnContext(this);
    if (!template || !panelTemplate || !this.#context) return;
    this.append(template.content.cloneNode(true));
    // Each control names the turn it acts on: "Copy link to Vladimir Putin’s turn 2".
    const whose = this.#context.turn.dataset['whose'] ?? '';
    for (const control of this.querySelectorAll<HTMLElement>('[data-label]')) {
      control.setAttribute('aria-label', (control.dataset['label'] ?? '').replace('{whose}', whose));
    }
    this.querySelector<HTMLAnchorElement>('a[data-action="cite"]')?.setAttribute('href', `${this.#context.permalink}#cite`);
    const panel = panelTemplate.content.firstElementChild?.cloneNode(true);
    if (!(panel instanceof HTMLElement)) return;
    this.#panel = panel;
    this.closest('.turn-header')?.after(panel);
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

  /** UI strings come from the template's data attributes (src/i18n/en.json), not from code. */
  #string(name: string): string {
    return document.querySelector<HTMLTemplateElement>('template#turn-actions-template')?.dataset[name] ?? '';
  }
}

customElements.define('turn-actions', TurnActions);
