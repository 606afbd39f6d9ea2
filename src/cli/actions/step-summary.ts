import { appendToFile } from '../../write/append-file.js';
import type { Io } from '../io.js';

/** GitHub Actions shows this file on the job page; other steps append to it too, so never overwrite. */
export function appendStepSummary(io: Io, text: string): void {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    appendToFile(path, text);
  } catch (error) {
    io.err(`warning: could not append to GITHUB_STEP_SUMMARY (${error instanceof Error ? error.message : String(error)})`);
  }
}
