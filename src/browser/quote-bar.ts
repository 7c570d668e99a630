/**
 * The bar `<quote-share>` shows over a selection: the quote, Copy link to quote, Open link and
 * Close, and the field that shows the link where copying is refused. Built the first time a
 * reader selects words, not carried in each page's HTML, in the page's words (`readStrings`):
 *
 * ```html
 * <section class="quote-share" aria-label="Share the selected quote">
 *   <p class="quote-share-quote"><span class="quote-share-speaker">Vladimir Putin</span>: “<span class="quote-share-text">…</span>”</p>
 *   <div class="quote-share-actions">
 *     <button type="button" data-action="copy">Copy link to quote</button>
 *     <a class="quote-share-open" href="…">Open link</a>
 *     <button type="button" class="quote-share-close" data-action="close" aria-label="Close">×</button>
 *   </div>
 *   <p class="quote-share-fallback" hidden><label>Link <input type="text" readonly></label></p>
 *   <span class="quote-share-status" role="status"></span>
 * </section>
 * ```
 */
import type { readStrings } from './ui-strings';

type Strings = ReturnType<typeof readStrings>;

/** An element with a class and, if given, its text. */
function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className: string, text?: string): HTMLElementTagNameMap[Tag] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

export function quoteBar(strings: Strings): HTMLElement {
  const bar = element('section', 'quote-share');
  bar.setAttribute('aria-label', strings.text('quote.label'));
  bar.hidden = true;

  const quote = element('p', 'quote-share-quote');
  quote.append(element('span', 'quote-share-speaker'), ': “', element('span', 'quote-share-text'), '”');

  const actions = element('div', 'quote-share-actions');
  const copy = element('button', '', strings.text('quote.copy'));
  copy.type = 'button';
  copy.dataset['action'] = 'copy';
  const open = element('a', 'quote-share-open', strings.text('quote.open'));
  open.href = '#main';
  const close = element('button', 'quote-share-close', '×');
  close.type = 'button';
  close.dataset['action'] = 'close';
  close.setAttribute('aria-label', strings.text('quote.close'));
  actions.append(copy, open, close);

  const fallback = element('p', 'quote-share-fallback');
  fallback.hidden = true;
  const label = element('label', '', `${strings.text('actions.linkLabel')} `);
  const field = element('input', '');
  field.type = 'text';
  field.readOnly = true;
  label.append(field);
  fallback.append(label);

  const status = element('span', 'quote-share-status');
  status.setAttribute('role', 'status');
  bar.append(quote, actions, fallback, status);
  return bar;
}
