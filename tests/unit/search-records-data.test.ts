import { breakableSpaces } from '../../src/utils/line-breaks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { turnRecordsFromPage, turnRecordsOf } from '../../src/integrations/search-records';
import { parseYaml, readFrontmatter } from '../../src/utils/frontmatter';
import { transcriptSchema } from '../../src/schemas/transcript';
import { builtHtml } from '../helpers/built-site';
import { renderTranscript } from '../helpers/render-markdown';

const SLUG = '2022-02-18-russian-belarusian-talks';
const PATH = `/transcripts/${SLUG}/`;
const FILE = join(import.meta.dirname, '..', '..', 'content', 'transcripts', `${SLUG}.md`);

test('the records made from a transcript’s data are the records its built page gives', async () => {
  const source = readFileSync(FILE, 'utf8');
  const data = transcriptSchema.parse(parseYaml(FILE, readFrontmatter(FILE, source)));
  const turns = (await renderTranscript(source)).turns;
  const fromData = turnRecordsOf(SLUG, data, turns);
  expect(fromData).toHaveLength(8);
  // The page lets lines break after short words (see breakableSpaces); otherwise the two agree.
  const asShown = fromData.map((record) => ({ ...record, content: breakableSpaces(record.content) }));
  expect(asShown).toEqual(turnRecordsFromPage(builtHtml(PATH), PATH, 'transcript.html'));
});

test('a turn by a speaker the front matter does not declare is refused', async () => {
  const source = readFileSync(FILE, 'utf8');
  const data = transcriptSchema.parse(parseYaml(FILE, readFrontmatter(FILE, source)));
  const turns = (await renderTranscript(source)).turns;
  const stray = turns.map((turn, index) => (index === 2 ? { ...turn, speaker: 'nobody' } : turn));
  expect(() => turnRecordsOf(SLUG, data, stray)).toThrow(`${SLUG}: turn #andrei-kolesnikov-1 is by "nobody", who is not declared`);
});
