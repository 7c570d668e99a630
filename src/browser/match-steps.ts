import { strokeIcon } from './stroke-icon';
import { readStrings } from './ui-strings';
import { isTyping } from './typing';

/** The mark the reader is at, drawn stronger than the others (src/styles/search.css). */
const CURRENT = 'is-current';

/** The two buttons: which way each steps, the keys of its text and name, its shortcut and its icon. */
const STEPS = [
  { step: 'previous', by: -1, text: 'match.previous', label: 'match.previousLabel', keys: 'Shift+N', icon: 'M12.5 4.5 7 10l5.5 5.5' },
  { step: 'next', by: 1, text: 'match.next', label: 'match.nextLabel', keys: 'N', icon: 'M7.5 4.5 13 10l-5.5 5.5' },
] as const;

/**
 * `<match-steps>` (src/components/MatchSteps.astro): "Match n of N" over the words a search
 * marked in the found turn, its buttons and the `n` and `Shift+N` keys (j/k stay with turns)
 * stepping to the next and previous mark and scrolling it into view. Its status line is a
 * polite live region, so each step is announced without taking focus from the reader. The
 * element is empty and hidden in the HTML, with its words in `data-strings`; it builds its
 * status line and buttons when there are marks to step through:
 *
 * ```html
 * <span class="match-position" role="status">Match 1 of 3</span>
 * <button type="button" class="match-step" data-step="previous" aria-label="Previous match" aria-keyshortcuts="Shift+N" title="Previous match (Shift+N)"><svg …/><span>Previous</span></button>
 * <button type="button" class="match-step" data-step="next" …>…<span>Next</span></button>
 * ```
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
    this.#build();
    this.hidden = false;
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

  /** The status line and the two buttons, in the page's words. */
  #build(): void {
    if (this.querySelector('.match-position')) return;
    const { text } = readStrings(this);
    const position = document.createElement('span');
    position.className = 'match-position';
    position.setAttribute('role', 'status');
    this.append(position);
    for (const { step, by, label, keys, icon, text: words } of STEPS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'match-step';
      button.dataset['step'] = step;
      button.setAttribute('aria-label', text(label));
      button.setAttribute('aria-keyshortcuts', keys);
      button.title = `${text(label)} (${keys})`;
      const name = document.createElement('span');
      name.textContent = text(words);
      button.append(strokeIcon(icon, 2), name);
      button.addEventListener('click', () => this.step(by));
      this.append(button);
    }
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKeydown);
  }
}

customElements.define('match-steps', MatchSteps);
