import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole run: every folder a test makes under `os.tmpdir()`
 * (generated archives, their builds, import outputs) goes inside it, through `TMPDIR`, which
 * the test workers and the builds they start inherit, and it is removed when the run ends,
 * passed or failed. Without it each run left some hundreds of MB behind.
 */
export default function scratchFolder(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'transcripts-tests-'));
  process.env['TMPDIR'] = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
