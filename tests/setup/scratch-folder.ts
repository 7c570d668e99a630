import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDS } from '../../src/tooling/site-build';

/**
 * One temporary folder for the whole run: every folder a test makes under `os.tmpdir()`
 * (generated archives, their builds, import outputs) goes inside it, through `TMPDIR`, which
 * the test workers and the builds they start inherit, and it is removed when the run ends,
 * passed or failed. Without it each run left some hundreds of MB behind. Fixture builds write
 * inside the project instead ({@link BUILDS}), which goes too.
 */
export default function scratchFolder(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'transcripts-tests-'));
  process.env['TMPDIR'] = folder;
  return () => {
    // Chromium may still be writing its profile as it exits: retry until the folder stays empty.
    rmSync(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    rmSync(BUILDS, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
}
