import { bibtexCitation, plainCitation, type TurnCitation } from '../utils/citation';
import { announce, copyText, offerToCopy } from './clipboard';
import { selectedQuote } from './selected-quote';
import { turnContext, type TurnContext } from './turn-context';

/**
 * `<turn-actions>`: Copy link, Cite and Share a quote for one turn. The element is empty in
 * the HTML (see remark-speaker-turns); it fills itself from the page's
 * `#turn-actions-template`, so without JavaScript no button shows that would do nothing.
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
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-label]')) {
      button.setAttribute('aria-label', (button.dataset['label'] ?? '').replace('{whose}', whose));
    }
    const panel = panelTemplate.content.firstElementChild?.cloneNode(true);
    if (!(panel instanceof HTMLElement)) return;
    this.#panel = panel;
    // Ids, and the references to them, must be unique on a page of many turns.
    const suffix = `-${this.#context.anchor}`;
    for (const element of panel.querySelectorAll<HTMLElement>('[id]')) element.id += suffix;
    for (const element of panel.querySelectorAll<HTMLElement>('[aria-labelledby]')) {
      element.setAttribute('aria-labelledby', (element.getAttribute('aria-labelledby') ?? '').replace(/\S+/g, (id) => id + suffix));
    }
    this.querySelector('[data-action="cite"]')?.setAttribute('aria-controls', panel.querySelector('.turn-cite')?.id ?? '');
    matchHeadingLevel(panel, this.#context.turn);
    this.closest('.turn-header')?.after(panel);
    this.addEventListener('click', (event) => this.#onClick(event));
    panel.addEventListener('click', (event) => this.#onClick(event));
  }

  #onClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const context = this.#context;
    if (!button || !context) return;
    const action = button.dataset['action'];
    if (action === 'copy') void this.#copy(context.permalink, 'copied', 'link');
    else if (action === 'cite') this.#toggleCitation(button, context);
    else if (action === 'copy-plain' || action === 'copy-bibtex') {
      const text = this.#panel?.querySelector(`[data-citation="${action.slice(5)}"]`)?.textContent ?? '';
      void this.#copy(text, 'citationCopied', 'citation');
    } else if (action === 'quote') this.#shareQuote(context);
  }

  /** Copies `text`; where the browser refuses, shows it selected in a field instead. */
  async #copy(text: string, message: string, what: 'link' | 'citation'): Promise<void> {
    const status = this.querySelector('[role="status"]');
    if (await copyText(text)) {
      announce(status, this.#string(message));
      return;
    }
    const field = this.#panel?.querySelector<HTMLInputElement>('input.turn-copy-field');
    if (!field) return;
    const label = this.#panel?.querySelector('.turn-copy-label');
    if (label) label.textContent = this.#string(what === 'link' ? 'linkLabel' : 'citationLabel');
    offerToCopy(field, text);
    announce(status, this.#string('copyByHand'));
  }

  #toggleCitation(button: HTMLButtonElement, context: TurnContext): void {
    const cite = this.#panel?.querySelector<HTMLElement>('.turn-cite');
    if (!cite) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    if (open) {
      const citation: TurnCitation = {
        speaker: context.speaker,
        title: context.title,
        place: context.place,
        date: new Date(`${context.date}T00:00:00Z`),
        url: context.permalink,
        slug: context.slug,
        anchor: context.anchor,
      };
      for (const [format, text] of [['plain', plainCitation(citation)], ['bibtex', bibtexCitation(citation)]] as const) {
        const output = cite.querySelector(`[data-citation="${format}"]`);
        if (output) output.textContent = text;
      }
    }
    button.setAttribute('aria-expanded', String(open));
    cite.hidden = !open;
  }

  #shareQuote(context: TurnContext): void {
    const quote = selectedQuote();
    const status = this.querySelector('[role="status"]');
    if (!quote || quote.context.turn !== context.turn) {
      announce(status, this.#string('selectFirst'));
      return;
    }
    void this.#copy(quote.url, 'quoteCopied', 'link');
  }

  /** UI strings come from the template's data attributes (src/i18n/en.json), not from code. */
  #string(name: string): string {
    return document.querySelector<HTMLTemplateElement>('template#turn-actions-template')?.dataset[name] ?? '';
  }
}

/** The panel's heading sits one level below the turn's own (h2 on a transcript, h1 on a turn's page). */
function matchHeadingLevel(panel: HTMLElement, turn: HTMLElement): void {
  const heading = panel.querySelector('h3');
  const turnLevel = Number(turn.querySelector('h1, h2')?.tagName.slice(1) ?? 2);
  if (!heading || turnLevel + 1 === 3) return;
  const replacement = document.createElement(`h${turnLevel + 1}`);
  replacement.append(...heading.childNodes);
  for (const attribute of heading.attributes) replacement.setAttribute(attribute.name, attribute.value);
  heading.replaceWith(replacement);
}

customElements.define('turn-actions', TurnActions);
