import type { ImportNote } from './import-problem';
import type { ParsedTranscript } from './parsed-transcript';
import { slugify } from './slug';

/** A speaker of a transcript already in the archive. */
export interface ArchiveSpeaker {
  key: string;
  name: string;
  /** Where they were found, for messages: the transcript's file name. */
  file: string;
}

/** A name as people are told apart: case, spaces, accents and punctuation aside. */
const nameKey = (name: string) => slugify(name);

/** "V. Putin" and "Vladimir Putin": the same surname, and initials that fit the given names. */
function initialsFit(short: string, full: string): boolean {
  const a = short.split(/[\s.]+/u).filter(Boolean);
  const b = full.split(/[\s.]+/u).filter(Boolean);
  if (a.length < 2 || b.length < 2 || slugify(a.at(-1) ?? '') !== slugify(b.at(-1) ?? '')) return false;
  const initials = a.slice(0, -1);
  if (!initials.every((part) => part.length === 1)) return false;
  return initials.every((initial, index) => (b[index] ?? '').toLowerCase().startsWith(initial.toLowerCase()));
}

/**
 * Gives each person the key they already have in the archive, whatever the case or form of
 * their label: "PRESIDENT OF RUSSIA VLADIMIR PUTIN:" in 2006 and "Vladimir Putin:" in 2022
 * are both `vladimir-putin`, so one speaker page gathers both. A name matches an archive name
 * that reads the same (case, accents and spaces aside), or, with a warning, one whose initials
 * fit ("V. V. Putin" and "Vladimir Putin") when only one person fits. A new person whose key an
 * archive speaker of another name holds gets a warning: two people who share a key, or one
 * person written two ways, are the editor's call (`--speakers`).
 */
export function reuseArchiveKeys(transcript: ParsedTranscript, archive: readonly ArchiveSpeaker[]): ParsedTranscript {
  if (archive.length === 0) return transcript;
  const warnings: ImportNote[] = [];
  const byName = new Map<string, ArchiveSpeaker>();
  for (const speaker of archive) if (!byName.has(nameKey(speaker.name))) byName.set(nameKey(speaker.name), speaker);
  const renamed = new Map<string, string>();
  const taken = new Set(transcript.speakers.map((speaker) => speaker.key));
  for (const speaker of transcript.speakers) {
    if (speaker.kind !== 'person') continue;
    const line = transcript.turns.find((turn) => turn.speaker === speaker.key)?.line;
    const same = byName.get(nameKey(speaker.name));
    const fitting = same ? [] : [...new Map(archive.filter((known) => initialsFit(speaker.name, known.name) || initialsFit(known.name, speaker.name)).map((known) => [known.key, known])).values()];
    const match = same ?? (fitting.length === 1 ? fitting[0] : undefined);
    if (match && fitting.length === 1) {
      warnings.push({ line, message: `"${speaker.name}" was taken to be "${match.name}" of ${match.file}, key "${match.key}", as the initials fit: if not, give another key with --speakers` });
    }
    if (match && match.key !== speaker.key && !taken.has(match.key)) {
      renamed.set(speaker.key, match.key);
      taken.add(match.key);
    } else if (!match) {
      const holder = archive.find((known) => known.key === speaker.key);
      if (holder) {
        warnings.push({ line, message: `the key "${speaker.key}" of "${speaker.name}" is "${holder.name}" in ${holder.file}: if they are two people, give one another key with --speakers` });
      }
    }
  }
  const key = (found: string) => renamed.get(found) ?? found;
  return {
    ...transcript,
    speakers: transcript.speakers.map((speaker) => ({ ...speaker, key: key(speaker.key) })),
    turns: transcript.turns.map((turn) => ({ ...turn, speaker: key(turn.speaker) })),
    warnings: [...transcript.warnings, ...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}
