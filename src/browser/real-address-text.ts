import { realAddress } from './real-address';

/** `<real-address>`: text holding an address, rewritten to the page's own origin (see `realAddress`). */
class RealAddressText extends HTMLElement {
  connectedCallback(): void {
    this.textContent = realAddress(this.textContent ?? '');
  }
}

customElements.define('real-address', RealAddressText);
