import { announce, copyText } from './clipboard';
import { realAddress } from './real-address';

/**
 * `<citation-copy data-for="cite-apa" data-label="Copy APA citation of …">`: the Copy button
 * of one citation that the page already shows (built at build time, see
 * `components/CitationFormats.astro`). Empty without JavaScript, so no button does nothing.
 * On connecting it puts the page's own origin in place of a placeholder one in the shown
 * text, so what is copied is what is read; where the browser refuses to copy, it selects
 * the text for the reader to copy by hand.
 */
class CitationCopy extends HTMLElement {
  connectedCallback(): void {
    if (this.firstChild) return;
    const text = this.#text();
    if (!text) return;
    text.textContent = realAddress(text.textContent ?? '');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.#string('copyText');
    button.setAttribute('aria-label', this.dataset['label'] ?? '');
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'status-bubble';
    this.append(button, status);
    button.addEventListener('click', () => void this.#copy(status));
  }

  /** Strings shared by a section's buttons sit once on the section (src/i18n/en.json). */
  #string(name: string): string {
    return this.closest<HTMLElement>('[data-copy-text]')?.dataset[name] ?? '';
  }

  #text(): HTMLElement | null {
    return document.getElementById(this.dataset['for'] ?? '');
  }

  async #copy(status: HTMLElement): Promise<void> {
    const text = this.#text();
    if (!text) return;
    if (await copyText(text.textContent ?? '')) {
      announce(status, this.dataset['copied'] ?? '');
      return;
    }
    getSelection()?.selectAllChildren(text);
    announce(status, this.#string('copyByHand'));
  }
}

customElements.define('citation-copy', CitationCopy);
