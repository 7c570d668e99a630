/**
 * The address the site is built for. Canonical links, the sitemap and the feed need an
 * absolute origin, so a build without `SITE_URL` uses a placeholder and says so (see
 * `integrations/site-address-warning.ts`). Addresses a reader copies must never be that
 * placeholder: pages carry it as `data-placeholder-origin` on `<html>`, and the browser puts
 * the page's own origin in its place (`browser/real-address.ts`).
 */
export const PLACEHOLDER_SITE = 'https://transcripts.example.org';

/** `SITE_URL` when it is set and not empty. */
export function configuredSite(env: Record<string, string | undefined> = process.env): string | undefined {
  return env['SITE_URL'] || undefined;
}

/** The origin to build absolute addresses with: `SITE_URL`, or the placeholder. */
export function buildSite(env: Record<string, string | undefined> = process.env): string {
  return configuredSite(env) ?? PLACEHOLDER_SITE;
}

/** The placeholder's origin when the build uses it, for the browser to replace; else nothing. */
export function placeholderOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  return configuredSite(env) ? undefined : new URL(PLACEHOLDER_SITE).origin;
}
