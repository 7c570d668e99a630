import { HIGHLIGHT_PARAM } from './highlight-param';

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
 * marks the searched words inside the target turn with Pagefind's highlighter and brings the
 * first of them into view. Only such pages load it (see `search-boot.ts`).
 */
export async function highlightTurn(): Promise<void> {
  const turn = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!turn) return;
  await import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`);
  if (!window.PagefindHighlight) return;
  // The site styles the marks itself: Pagefind's would be an inline <style>.
  new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: turn.querySelector('.turn-body') ?? turn, addStyles: false });
  const first = turn.querySelector('mark');
  if (!first) return;
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) first.scrollIntoView({ block: 'center' });
}
