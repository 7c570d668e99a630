/**
 * `npm run import`: turns Kremlin transcript pages into transcripts (src/importer/import-command.ts
 * says how). npm runs scripts from the project root; paths on the command line mean the folder
 * the command was run from, so that is the working directory here.
 */
import { importCommand } from '../src/importer/import-command';

if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);
process.exitCode = await importCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY,
});
