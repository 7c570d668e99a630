// Applies the reader's remembered colour scheme before the page is painted, so a dark-mode
// reader never sees a flash of light. It is a blocking external file (not an inline script) so
// a Content Security Policy without 'unsafe-inline' allows it. src/browser/theme-toggle.ts
// writes the choice.
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be off (privacy settings); the page then follows the system's scheme.
}
