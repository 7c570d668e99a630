import { join } from 'node:path';

/** The committed Kremlin transcript of 18 February 2022, the one real transcript in `content/`. */
export const SEED_SLUG = '2022-02-18-russian-belarusian-talks';
export const SEED_FILE = join(import.meta.dirname, '..', '..', 'content', 'transcripts', `${SEED_SLUG}.md`);
