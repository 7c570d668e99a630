/** A transcript to write for a test: its turns as `[speaker key, text]` in order. */
export interface TranscriptSpec {
  slug: string;
  title: string;
  date: string;
  speakers: { key: string; name: string; role?: string }[];
  turns: [speaker: string, text: string][];
}

/** The Markdown file of a transcript, in the format of content/transcripts/. */
export function transcriptSource(spec: TranscriptSpec): string {
  const speakers = spec.speakers
    .map((speaker) => `  - key: ${speaker.key}\n    name: ${speaker.name}${speaker.role ? `\n    role: ${speaker.role}` : ''}`)
    .join('\n');
  const body = spec.turns.map(([speaker, text]) => `## ${speaker}\n\n${text}\n`).join('\n');
  return `---
title: ${spec.title}
date: ${spec.date}
place: Moscow
source: https://example.org/${spec.slug}
summary: A generated transcript for tests.
speakers:
${speakers}
---

${body}`;
}

/**
 * A transcript where two speakers alternate, `count` turns each; every turn's text names its
 * transcript and number, so a test can tell turns apart.
 */
export function alternating(slug: string, date: string, count: number, speakers: TranscriptSpec['speakers']): TranscriptSpec {
  const turns: TranscriptSpec['turns'] = [];
  for (let index = 1; index <= count; index++) {
    for (const speaker of speakers) turns.push([speaker.key, `${speaker.name} speaks in ${slug}, turn ${index}. The words of this turn are plain.`]);
  }
  return { slug, title: `Talks of ${date}`, date, speakers, turns };
}
