import { expect, test } from 'vitest';
import { turnRecordsOf } from '../../src/integrations/search-records';
import { breakableSpaces } from '../../src/utils/line-breaks';
import { builtHtml } from '../helpers/built-site';
import { turnRecordsFromPage } from '../helpers/page-records';
import { loadSeed, SEED_SLUG } from '../helpers/seed';

const PATH = `/transcripts/${SEED_SLUG}/`;

test('the records made from a transcript’s turns are what its built page shows', async () => {
  const seed = await loadSeed();
  const fromTurns = turnRecordsOf(SEED_SLUG, seed.data, seed.turns);
  expect(fromTurns).toHaveLength(8);
  // The page lets lines break after short words (see breakableSpaces); otherwise the two agree.
  const asShown = fromTurns.map((record) => ({ ...record, content: breakableSpaces(record.content) }));
  expect(asShown).toEqual(turnRecordsFromPage(builtHtml(PATH), PATH, 'transcript.html'));
});
