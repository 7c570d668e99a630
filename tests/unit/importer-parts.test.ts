import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { detectLabel } from '../../src/importer/detect-label';
import { escapeMarkdown } from '../../src/importer/escape-markdown';
import { plainText, splitParagraphs } from '../../src/importer/normalise-text';
import { parseDateline } from '../../src/importer/parse-dateline';
import { readAffiliation } from '../../src/importer/read-affiliation';
import { defaultSlug, slugify } from '../../src/importer/slug';

describe('splitParagraphs', () => {
  test('drops a byte order mark, reads CRLF, CR and LF, and numbers the file lines', () => {
    expect(splitParagraphs('\uFEFFTitle\r\n\r\nFirst\rSecond\n\n  Third  \n')).toEqual([
      { line: 1, text: 'Title' },
      { line: 3, text: 'First' },
      { line: 4, text: 'Second' },
      { line: 6, text: 'Third' },
    ]);
  });

  test('keeps non-breaking spaces inside a paragraph, and plainText folds them for labels', () => {
    const [paragraph] = splitParagraphs('in\u00a0a\u00a0constructive way');
    expect(paragraph?.text).toBe('in\u00a0a\u00a0constructive way');
    expect(plainText('President of\u00a0Russia \u00a0 Vladimir\u202fPutin')).toBe('President of Russia Vladimir Putin');
  });
});

describe('parseDateline', () => {
  test.each([
    ['February 18, 2022, The Kremlin, Moscow', { date: '2022-02-18', place: 'The Kremlin, Moscow', valid: true }],
    ['December 20, 2012, Moscow', { date: '2012-12-20', place: 'Moscow', valid: true }],
    ['March 2, 2024, 15:30, Novo-Ogaryovo, Moscow Region', { date: '2024-03-02', place: 'Novo-Ogaryovo, Moscow Region', valid: true }],
    ['18 February 2022, Sochi', { date: '2022-02-18', place: 'Sochi', valid: true }],
    ['February 30, 2022, Moscow', { date: '2022-02-30', place: 'Moscow', valid: false }],
    ['February 18, 2022', { date: '2022-02-18', place: '', valid: true }],
  ])('%s', (text, expected) => {
    expect(parseDateline(text)).toEqual(expected);
  });

  test.each(['News conference following Russian-Belarusian talks', 'In February 2022, we met.', 'May I ask a question, 2022?'])('"%s" is no dateline', (text) => {
    expect(parseDateline(text)).toBeUndefined();
  });
});

describe('detectLabel', () => {
  test.each([
    ['President of\u00a0Russia Vladimir Putin: Mr President,', { name: 'Vladimir Putin', role: 'President of Russia', rest: 'Mr President,' }],
    ['President of the Republic of Belarus Alexander Lukashenko: Friends,', { name: 'Alexander Lukashenko', role: 'President of the Republic of Belarus' }],
    ['Kommersant newspaper correspondent Andrei Kolesnikov: You said', { name: 'Andrei Kolesnikov', role: 'Kommersant newspaper correspondent' }],
    ['Presidential Press Secretary Dmitry Peskov: Colleagues,', { name: 'Dmitry Peskov', role: 'Presidential Press Secretary' }],
    ['Adviser to the President Yury Ushakov: Yes.', { name: 'Yury Ushakov', role: 'Adviser to the President' }],
    ['Chairman of the State Duma Vyacheslav Volodin: Colleagues,', { name: 'Vyacheslav Volodin', role: 'Chairman of the State Duma', split: 'clear' }],
    ['Head of the Chechen Republic Ramzan Kadyrov: Thank you.', { name: 'Ramzan Kadyrov', role: 'Head of the Chechen Republic', split: 'clear' }],
    [
      'Deputy Prime Minister – Minister of Industry and Trade Denis Manturov: Mr President,',
      { name: 'Denis Manturov', role: 'Deputy Prime Minister – Minister of Industry and Trade' },
    ],
    ['Alyona Syrova: STV Channel.', { name: 'Alyona Syrova', role: undefined, rest: 'STV Channel.' }],
    ['Recep Tayyip Erdogan: Thank you.', { name: 'Recep Tayyip Erdogan', role: undefined }],
    ['Ursula von der Leyen: Thank you.', { name: 'Ursula von der Leyen', role: undefined }],
    ['VLADIMIR PUTIN: Good afternoon.', { name: 'Vladimir Putin', role: undefined }],
    ['Question: Mr President,', { kind: 'generic', name: 'Question', note: undefined }],
    ['Remark: Not quite.', { kind: 'generic', name: 'Remark' }],
    ['Question (retranslated): And the price?', { kind: 'generic', name: 'Question', note: '(retranslated)', rest: 'And the price?' }],
    ['Vladimir Putin:', { name: 'Vladimir Putin', rest: '' }],
    ['Valeriya Korableva, reporter at Channel One: Mr President,', { name: 'Valeriya Korableva', role: 'reporter at Channel One', printed: 'Valeriya Korableva, reporter at Channel One' }],
    ['VALERIYA KORABLEVA, REPORTER AT CHANNEL ONE: Mr President,', { name: 'Valeriya Korableva', role: 'Reporter at Channel One' }],
    ['V. K. Dolzhenkova (Tomsky Vestnik newspaper): Good afternoon.', { name: 'V. K. Dolzhenkova', role: 'Tomsky Vestnik newspaper', note: undefined, rest: 'Good afternoon.' }],
    ['Oleg Marchenko (as translated): I agree.', { name: 'Oleg Marchenko', role: undefined, note: '(as translated)', printed: 'Oleg Marchenko' }],
    ['OLEG MARCHENKO (AS TRANSLATED): I agree.', { name: 'Oleg Marchenko', note: '(AS TRANSLATED)' }],
    ['V.Putin: Good afternoon.', { name: 'V.Putin', role: undefined }],
    ['V.V.PUTIN: Good afternoon.', { name: 'V.V.Putin', printed: 'V.V.PUTIN' }],
    ['A.V. Kolesnikov: And a question.', { name: 'A.V. Kolesnikov' }],
    ['PRESIDENT OF RUSSIA VLADIMIR PUTIN: Good afternoon.', { name: 'Vladimir Putin', role: 'President of Russia', printed: 'PRESIDENT OF RUSSIA VLADIMIR PUTIN' }],
    ['QUESTION:', { kind: 'generic', name: 'Question', rest: '' }],
    ['Moderator Fyodor Lukyanov: Colleagues,', { name: 'Fyodor Lukyanov', role: 'Moderator' }],
    ['Presenter Irina Volkova: Good afternoon.', { name: 'Irina Volkova', role: 'Presenter' }],
  ])('%s', (paragraph, expected) => {
    expect(detectLabel(paragraph, [])).toEqual({ label: expect.objectContaining(expected) });
  });

  test('a name the transcript uses alone tells where a long title ends', () => {
    const label = 'President of Türkiye Recep Tayyip Erdogan: Thank you.';
    expect(detectLabel(label, [])).toEqual({ label: expect.objectContaining({ name: 'Tayyip Erdogan', split: 'guessed' }) });
    expect(detectLabel(label, ['Recep Tayyip Erdogan'])).toEqual({
      label: expect.objectContaining({ name: 'Recep Tayyip Erdogan', role: 'President of Türkiye', split: 'known' }),
    });
  });

  test.each([
    'Let me repeat what I just said: we do not want war.',
    'The President of Russia noted, and I absolutely agree with him: they are trying to tear us apart.',
    'This is the wrong approach: it will never work.',
    'The Russian President said: “You did well!”',
    'We need a port. This is not the right approach: no country has the right.',
    'The meeting began at 10:30 sharp.',
    'Union State: that is what we are building.',
    'Minsk Agreements: the key to peace.',
    'We must act together – Russia and Belarus: that is the point.',
    'Kazakhstan: we appreciate that.',
    'Alexander Lukashenko, as you said: it cannot be said any better.',
    'Thank you, Mr President: it was a good meeting.',
    'As for Ukraine, Donbass: we will see.',
  ])('"%s" is not a label', (paragraph) => {
    expect(detectLabel(paragraph, ['Vladimir Putin'])).toBeUndefined();
  });

  test.each([
    ['I would like to thank President Putin: he kept his word.', 'I would like to thank President Putin'],
    ['Mr Putin: you were right.', 'Mr Putin'],
    ['Question, Rossiya TV: Why?', 'Question, Rossiya TV'],
  ])('"%s" is not a label, but looks like one', (paragraph, lookalike) => {
    expect(detectLabel(paragraph, [])).toEqual({ lookalike });
  });
});

describe('readAffiliation', () => {
  test.each([
    ['STV Channel.', 'STV Channel'],
    ['Rossiya TV channel. Mr President, how will prices change?', 'Rossiya TV channel'],
    ['Kommersant. Mr President,', 'Kommersant'],
    ['Thank you. My question is about the bridge.', undefined],
    ['Good afternoon. Ekho Moskvy radio.', undefined],
    ['Mr President. I have a question.', undefined],
    ['Mr Lukashenko, Mr Putin, my question is addressed to both of you.', undefined],
    ['Questions to both of you.', undefined],
  ])('%s', (rest, affiliation) => {
    expect(readAffiliation(rest)).toBe(affiliation);
  });
});

describe('escapeMarkdown', () => {
  /** What CommonMark (no GFM, as the site renders) shows for one escaped paragraph. */
  const rendered = (text: string) => {
    const tree = unified().use(remarkParse).parse(escapeMarkdown(text));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    return toString(tree);
  };

  test.each([
    '# Not a heading',
    '###### Six',
    '#hashtag stays',
    '> Not a quote',
    '- Not a list',
    '+ Not a list',
    '* Not a bullet',
    '-',
    '---',
    '- - -',
    '***',
    '___',
    '* * *',
    '1. Not ordered',
    '2022) Not ordered',
    '2022. It was a year.',
    '~~~',
    '```',
    '[note]: http://example.com',
    'A [link](http://example.com) and ![image](x.png) and [ref][note] and [Russia’s objectives] stay text',
    '<b>bold</b> <http://example.com> <!-- comment --> <?php ?>',
    '&amp; &copy; &#169; &#x2014; AT&T R&D',
    '*em* _em_ **strong** __strong__ `code` ``code``',
    'back\\slash \\* and a trailing backslash\\',
    'ladies and\u00a0gentlemen, “quotes” – dashes — and 38.5 billion',
  ])('%s renders as itself', (text) => {
    expect(rendered(text)).toBe(text);
  });

  test('a paragraph without Markdown syntax is written unchanged', () => {
    const text = 'President Putin says that [Russia’s import substitution objectives] have been 90 percent achieved: “You did well!”';
    expect(escapeMarkdown(text)).toBe(text);
  });
});

describe('slugs', () => {
  test.each([
    ['Vladimir Putin', 'vladimir-putin'],
    ['José Ramos-Horta', 'jose-ramos-horta'],
    ['Vladimir Putin’s', 'vladimir-putins'],
    ['Владимир Путин', ''],
  ])('slugify(%s)', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test.each([
    ['News conference following Russian-Belarusian talks', '2022-02-18-russian-belarusian-talks'],
    ['Vladimir Putin’s annual news conference', '2022-02-18-vladimir-putins-annual-news-conference'],
    ['Meeting with Government members', '2022-02-18-meeting-government-members'],
    ['Joint news conference with President of the Republic of Tavria Oleg Marchenko', '2022-02-18-joint-news-conference-president-republic'],
    ['Встреча', '2022-02-18'],
  ])('defaultSlug(%s)', (title, slug) => {
    expect(defaultSlug('2022-02-18', title)).toBe(slug);
  });
});
