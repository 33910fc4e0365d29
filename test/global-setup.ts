// Builds dist/ once per test run, before any test file: every test of the
// bundle, the sidebar and the preview tests what the sources say now, never a
// dist/ left over from an earlier build. A failed build fails the run.

import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
