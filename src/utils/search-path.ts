/** The URL path of the search page, under the site's base. */
export function searchPath(): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search/`;
}
