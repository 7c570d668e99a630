/**
 * The controls `<turn-actions>` puts in a turn's header, and the panel Copy link opens where
 * the browser refuses to copy. Built here rather than carried in each page's HTML: a reader
 * without JavaScript never meets them, and a reader with it has this module cached from the
 * first page on. Their words come from the page (`readStrings`, src/i18n/en.json):
 *
 * ```html
 * <button type="button" class="turn-action" data-action="copy" aria-label="Copy link to Vladimir Putin’s turn 2">
 *   <svg aria-hidden="true" viewBox="0 0 20 20" …><path d="M8.5 11.5…"/></svg><span>Copy link</span>
 * </button>
 * <a class="turn-action" data-action="cite" href="…/vladimir-putin-2/#cite" aria-label="Cite Vladimir Putin’s turn 2">…<span>Cite</span></a>
 * <button type="button" class="turn-action" data-action="quote" aria-label="Share quote from Vladimir Putin’s turn 2">…</button>
 * <span class="turn-status status-bubble" role="status"></span>
 * ```
 */
import { strokeIcon } from './stroke-icon';
import type { readStrings } from './ui-strings';

type Strings = ReturnType<typeof readStrings>;

/** Each control: its action, the keys of its text and of its name, and its icon (a 20 × 20 stroked path). */
const CONTROLS = [
  { action: 'copy', text: 'actions.copyLink', label: 'actions.copyLinkTo', icon: 'M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1' },
  { action: 'cite', text: 'actions.cite', label: 'actions.citeTo', icon: 'M4 15h4v-4H5c0-3 1-4.5 3-5.5M12 15h4v-4h-3c0-3 1-4.5 3-5.5' },
  { action: 'quote', text: 'actions.quote', label: 'actions.quoteTo', icon: 'M4 16V5.5A1.5 1.5 0 0 1 5.5 4h9A1.5 1.5 0 0 1 16 5.5v6a1.5 1.5 0 0 1-1.5 1.5H8zM7.5 7.5h5M7.5 10h3' },
] as const;

/** Copy link, Cite (a link to `citeHref`) and Share quote, each named for `whose` turn, then the status line. */
export function turnControls(strings: Strings, whose: string, citeHref: string): DocumentFragment {
  const controls = document.createDocumentFragment();
  for (const { action, text, label, icon: path } of CONTROLS) {
    const control = document.createElement(action === 'cite' ? 'a' : 'button');
    if (control instanceof HTMLAnchorElement) control.href = citeHref;
    else control.setAttribute('type', 'button');
    control.className = 'turn-action';
    control.dataset['action'] = action;
    control.setAttribute('aria-label', strings.text(label, { whose }));
    const words = document.createElement('span');
    words.textContent = strings.text(text);
    control.append(strokeIcon(path, 1.8), words);
    controls.append(control);
  }
  const status = document.createElement('span');
  status.className = 'turn-status status-bubble';
  status.setAttribute('role', 'status');
  controls.append(status);
  return controls;
}

/** The panel under the header that shows the link, selected, where copying is refused. */
export function turnPanel(): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'turn-panel';
  const row = document.createElement('p');
  row.className = 'turn-copy';
  row.hidden = true;
  const label = document.createElement('label');
  const caption = document.createElement('span');
  caption.className = 'turn-copy-label';
  const field = document.createElement('input');
  field.className = 'turn-copy-field';
  field.type = 'text';
  field.readOnly = true;
  label.append(caption, ' ', field);
  row.append(label);
  panel.append(row);
  return panel;
}
