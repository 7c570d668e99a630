import { isTyping } from './typing';

/**
 * `<turn-keys>`: `j` moves to the next turn and `k` to the previous one, updating the URL's
 * hash so the turn is highlighted and the address can be shared. Keys typed into a field, or
 * with a modifier, are left alone. The element shows its hint only once the keys work.
 */
const TURNS = 'section.turn[id]';

/** The turn the reader is at: the targeted turn if it is on screen, else the last turn whose top has scrolled past the upper quarter of the window. */
function currentIndex(turns: HTMLElement[]): number {
  const targeted = turns.findIndex((turn) => `#${turn.id}` === decodeURIComponent(location.hash));
  const onScreen = (turn: HTMLElement | undefined) => {
    const box = turn?.getBoundingClientRect();
    return box !== undefined && box.bottom > 0 && box.top < innerHeight;
  };
  if (targeted >= 0 && onScreen(turns[targeted])) return targeted;
  const line = innerHeight / 4;
  let index = -1;
  for (const [position, turn] of turns.entries()) {
    if (turn.getBoundingClientRect().top <= line) index = position;
    else break;
  }
  return index;
}

class TurnKeys extends HTMLElement {
  #onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key !== 'j' && event.key !== 'k') return;
    const turns = [...document.querySelectorAll<HTMLElement>(TURNS)];
    const next = turns[currentIndex(turns) + (event.key === 'j' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    // replace() moves to the anchor and updates :target without a history entry per key press.
    location.replace(`#${next.id}`);
    next.tabIndex = -1;
    next.focus({ preventScroll: true });
  };

  connectedCallback(): void {
    document.addEventListener('keydown', this.#onKeydown);
    this.hidden = false;
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKeydown);
  }
}

customElements.define('turn-keys', TurnKeys);
