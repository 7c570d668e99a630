/** Words a short title slug leaves out: they make a slug longer without telling events apart. */
const SLUG_STOP_WORDS = new Set('a an the of and or to in on at for with by from its his her their'.split(' '));
const MAX_TITLE_SLUG = 40;

/**
 * A lowercase slug of any text: "Alyona Syrova" → `alyona-syrova`, "José Ramos-Horta" →
 * `jose-ramos-horta`, "Putin’s" → `putins`. Letters outside a–z after folding accents are
 * dropped, so the result may be empty (a name in another script).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The default file name of a transcript: its day and a short slug of its title, such as
 * `2022-02-18-russian-belarusian-talks` for "News conference following Russian-Belarusian
 * talks". Kremlin titles name the kind of event first and what it followed last, so the part
 * after "following" is the part that tells one event from another.
 */
export function defaultSlug(date: string, title: string): string {
  const following = /\b(?:following|after)\b\s+(.+)$/iu.exec(title)?.[1];
  const words = slugify(following ?? title)
    .split('-')
    .filter((word) => word !== '' && !SLUG_STOP_WORDS.has(word));
  let short = '';
  for (const word of words) {
    if (short !== '' && short.length + word.length + 1 > MAX_TITLE_SLUG) break;
    short = short === '' ? word : `${short}-${word}`;
  }
  return short === '' ? date : `${date}-${short}`;
}
