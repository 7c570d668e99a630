/** The query parameter that carries the searched words to a turn: `?pagefind-highlight=Minsk`. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
