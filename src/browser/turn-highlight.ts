import { HIGHLIGHT_PARAM } from './highlight-param';
import { trimMark } from './marked-word';
import type { MatchSteps } from './match-steps';

interface HighlightOptions {
  highlightParam: string;
  markContext: Element;
  addStyles: boolean;
}

declare global {
  interface Window {
    PagefindHighlight?: new (options: HighlightOptions) => unknown;
  }
}

/**
 * On a transcript page reached from a search result (`?pagefind-highlight=Minsk#vladimir-putin-1`),
 * marks the searched words inside the target turn with Pagefind's highlighter (the word alone,
 * without the punctuation after it), brings the first of them into view, and starts
 * `<match-steps>` over them. Focus goes to the turn, so Tab reaches its own controls first.
 * Only such pages load it (see `search-boot.ts`).
 */
export async function highlightTurn(): Promise<void> {
  const turn = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest<HTMLElement>('section.turn');
  if (!turn) return;
  turn.tabIndex = -1;
  turn.focus({ preventScroll: true });
  await import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`);
  if (!window.PagefindHighlight) return;
  // The site styles the marks itself: Pagefind's would be an inline <style>.
  new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: turn.querySelector('.turn-body') ?? turn, addStyles: false });
  const marks = [...turn.querySelectorAll<HTMLElement>('mark.pagefind-highlight')];
  for (const mark of marks) trimMark(mark);
  const [first] = marks;
  if (!first) return;
  await import('./match-steps');
  document.querySelector<MatchSteps>('match-steps')?.start(marks);
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) first.scrollIntoView({ block: 'center' });
}
