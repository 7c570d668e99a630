/**
 * `<theme-toggle>`: a button that switches between light and dark and remembers the choice in
 * localStorage. A choice equal to the system's scheme is forgotten, so the page goes back to
 * following the system. public/theme.js applies the choice before first paint.
 */
const STORAGE_KEY = 'theme';
const systemDark = matchMedia('(prefers-color-scheme: dark)');

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemDark.matches ? 'dark' : 'light';
}

function remember(theme: Theme): void {
  const system: Theme = systemDark.matches ? 'dark' : 'light';
  try {
    if (theme === system) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  if (theme === system) delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #sync = () => this.#button?.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  #onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    if (event.newValue === 'light' || event.newValue === 'dark') document.documentElement.dataset['theme'] = event.newValue;
    else delete document.documentElement.dataset['theme'];
    this.#sync();
  };

  connectedCallback(): void {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#button.addEventListener('click', () => {
      remember(currentTheme() === 'dark' ? 'light' : 'dark');
      this.#sync();
    });
    this.#button.hidden = false;
    this.#sync();
    systemDark.addEventListener('change', this.#sync);
    // Another tab changed the choice.
    window.addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback(): void {
    systemDark.removeEventListener('change', this.#sync);
    window.removeEventListener('storage', this.#onStorage);
  }
}

customElements.define('theme-toggle', ThemeToggle);
