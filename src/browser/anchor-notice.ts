import { readStrings } from './ui-strings';

/** The page's contents, where the notice sends a reader: `TurnContents.astro`. */
const CONTENTS = 'turn-contents';

/**
 * `<anchor-notice>` (src/components/AnchorNotice.astro): says so when the address's `#anchor`
 * is on no element of the page, on arrival and whenever the hash changes, with a link to the
 * contents that opens them.
 */
class AnchorNotice extends HTMLElement {
  #check = () => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    const unknown = anchor !== '' && document.getElementById(anchor) === null;
    this.hidden = !unknown;
    const status = this.querySelector('[role="status"]');
    if (!status) return;
    if (!unknown) {
      status.replaceChildren();
      return;
    }
    const { text } = readStrings(this);
    const link = document.createElement('a');
    link.href = `#${CONTENTS}`;
    link.textContent = text('anchor.contents');
    link.addEventListener('click', () => {
      const contents = document.getElementById(CONTENTS);
      for (const details of [contents?.querySelector('details'), contents?.closest('details')]) if (details) details.open = true;
    });
    status.replaceChildren(`${text('anchor.unknown', { anchor })} `, link);
  };

  connectedCallback(): void {
    addEventListener('hashchange', this.#check);
    this.#check();
  }

  disconnectedCallback(): void {
    removeEventListener('hashchange', this.#check);
  }
}

customElements.define('anchor-notice', AnchorNotice);
