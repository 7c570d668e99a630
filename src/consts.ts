/** The language of the interface; a transcript may declare its own. */
export const SITE_LANG = 'en';
