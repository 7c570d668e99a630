/**
 * Copies text with the Clipboard API. Resolves to false when the browser refuses (no
 * permission, a page that is not a secure context, an old browser), so the caller can fall
 * back to showing the text selected for the reader to copy.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows `text` in a read-only field, focused and selected, for the reader to copy by hand. */
export function offerToCopy(field: HTMLInputElement, text: string): void {
  field.value = text;
  field.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  field.focus();
  field.select();
}

/** Says something through a live region, and clears it after a while so it can be said again. */
export function announce(region: Element | null, message: string): void {
  if (!region) return;
  region.textContent = message;
  const timer = Number((region as HTMLElement).dataset['timer'] ?? 0);
  clearTimeout(timer);
  (region as HTMLElement).dataset['timer'] = String(setTimeout(() => (region.textContent = ''), 6000));
}
