import { readStrings } from './ui-strings';
import { isTyping } from './typing';

/** The mark the reader is at, drawn stronger than the others (src/styles/search.css). */
const CURRENT = 'is-current';

/**
 * `<match-steps>` (src/components/MatchSteps.astro): "Match n of N" over the words a search
 * marked in the found turn, its buttons and the `n` and `Shift+N` keys (j/k stay with turns)
 * stepping to the next and previous mark and scrolling it into view. Its status line is a
 * polite live region, so each step is announced without taking focus from the reader.
 */
export class MatchSteps extends HTMLElement {
  #marks: HTMLElement[] = [];
  #at = 0;

  #onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key !== 'n' && event.key !== 'N') return;
    event.preventDefault();
    this.step(event.key === 'n' ? 1 : -1);
  };

  /** Starts stepping through `marks`, at the first; shows nothing without marks. */
  start(marks: HTMLElement[]): void {
    this.#marks = marks;
    if (marks.length === 0) return;
    this.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      button.addEventListener('click', () => this.step(button.dataset['step'] === 'next' ? 1 : -1));
    }
    document.addEventListener('keydown', this.#onKeydown);
    this.#show(0, false);
  }

  /** Moves `by` marks on, wrapping round at either end. */
  step(by: number): void {
    const count = this.#marks.length;
    if (count > 0) this.#show((this.#at + by + count) % count, true);
  }

  #show(at: number, scroll: boolean): void {
    this.#marks[this.#at]?.classList.remove(CURRENT);
    this.#at = at;
    const mark = this.#marks[at];
    if (!mark) return;
    mark.classList.add(CURRENT);
    if (scroll) mark.scrollIntoView({ block: 'center' });
    const position = this.querySelector('.match-position');
    if (position) position.textContent = readStrings(this).text('match.position', { position: at + 1, total: this.#marks.length });
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKeydown);
  }
}

customElements.define('match-steps', MatchSteps);
