/**
 * Arrow keys between a search field and the result links below it: ↓ from the field goes to
 * the first result, ↓/↑ move between results, ↑ from the first and Escape go back to the
 * field. Tab moves through every link, a result's "more turns here" as well, and Enter on a
 * link opens it, as links do.
 */
export function resultKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.hit-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !hasModifier(event)) {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    if (hasModifier(event)) return;
    const all = links();
    // From a "more turns here" link, ↓ goes to the next result and ↑ back to its own.
    const result = (document.activeElement as Element | null)?.closest('li')?.querySelector<HTMLAnchorElement>('a.hit-link');
    const at = result ? all.indexOf(result) : -1;
    if (at < 0) return;
    const onMore = result !== document.activeElement;
    const target =
      event.key === 'ArrowDown' ? all[Math.min(at + 1, all.length - 1)]
      : event.key === 'ArrowUp' ? (onMore ? result : (all[at - 1] ?? input))
      : event.key === 'Home' ? all[0]
      : event.key === 'End' ? all.at(-1)
      : event.key === 'Escape' ? input
      : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
}

function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
}
