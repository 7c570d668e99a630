import { describe, expect, test } from 'vitest';
import { bibtexCitation, bibtexKey, escapeBibtex, plainCitation, type TurnCitation } from '../../src/utils/citation';

const putin: TurnCitation = {
  speaker: 'Vladimir Putin',
  title: 'News conference following Russian-Belarusian talks',
  place: 'The Kremlin, Moscow',
  date: new Date('2022-02-18T00:00:00Z'),
  url: 'https://transcripts.example.org/transcripts/2022-02-18-russian-belarusian-talks/vladimir-putin-2/',
  slug: '2022-02-18-russian-belarusian-talks',
  anchor: 'vladimir-putin-2',
};

describe('plain citation', () => {
  test('says who, what, where, when and the permalink', () => {
    expect(plainCitation(putin)).toBe(
      'Vladimir Putin, News conference following Russian-Belarusian talks, The Kremlin, Moscow, 18 February 2022, https://transcripts.example.org/transcripts/2022-02-18-russian-belarusian-talks/vladimir-putin-2/',
    );
  });

  test('writes the day of the event whatever the local time zone', () => {
    expect(plainCitation({ ...putin, date: new Date('2012-12-20T00:00:00Z') })).toContain(', 20 December 2012, ');
  });
});

describe('BibTeX citation', () => {
  const bibtex = bibtexCitation(putin);

  test('is a @misc entry keyed by transcript and turn', () => {
    expect(bibtex.startsWith('@misc{2022-02-18-russian-belarusian-talks:vladimir-putin-2,\n')).toBe(true);
    expect(bibtex.endsWith('\n}')).toBe(true);
  });

  test('carries the speaker, the braced title, place, date and the permalink', () => {
    expect(bibtex).toBe(`@misc{2022-02-18-russian-belarusian-talks:vladimir-putin-2,
  author       = {Vladimir Putin},
  title        = {{News conference following Russian-Belarusian talks}},
  howpublished = {The Kremlin, Moscow, 18 February 2022},
  year         = {2022},
  month        = feb,
  date         = {2022-02-18},
  url          = {https://transcripts.example.org/transcripts/2022-02-18-russian-belarusian-talks/vladimir-putin-2/},
}`);
  });

  test('escapes characters that TeX would read as commands', () => {
    expect(escapeBibtex('R&D: 50% of $10 {sic} #1 a_b ~ ^ \\')).toBe(
      'R\\&D: 50\\% of \\$10 \\{sic\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const cite = bibtexCitation({ ...putin, speaker: 'A & B', title: 'Q&A {live}' });
    expect(cite).toContain('author       = {A \\& B},');
    expect(cite).toContain('title        = {{Q\\&A \\{live\\}}},');
  });

  test('keeps keys to characters every BibTeX reads', () => {
    expect(bibtexKey('2022 talks', 'vladimir-putin-2')).toBe('2022-talks:vladimir-putin-2');
  });
});
