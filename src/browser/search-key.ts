/**
 * `/` anywhere but in a text field focuses the page's search box (the field marked
 * `aria-keyshortcuts="/"`), as on GitHub, GOV.UK and MDN.
 */
export function listenForSearchKey(): void {
  document.addEventListener('keydown', (event) => {
    // Shift is allowed: some keyboard layouts need it to type "/".
    if (event.key !== '/' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || isEditable(event.target)) return;
    const input = document.querySelector<HTMLInputElement>('input[aria-keyshortcuts="/"]:not(:disabled)');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
