// The R side of the bench's psych comparison: psych's `bfi` data (2,800 people × 25 Big Five items,
// with gender, education and age) written as a form export by Rscript, and the Rscript command an
// analyst would run instead of `team`: read the CSV, score the five scales with psych's scoreItems
// and `bfi.keys`, print the scale means. Missing answers are left out, not imputed
// (impute = "none"), as `team` leaves them out.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from '../generate.mjs';

export const BFI_CSV = join(DATA, 'bfi.csv');
export const BFI_QUESTIONNAIRE = 'bench/bfi/bfi.yaml';
/** psych's scale names in bfi.keys, in the order of our sections. */
const SCALES = { agree: 'A', conscientious: 'C', extraversion: 'E', neuroticism: 'N', openness: 'O' };

/** Whether Rscript with psych is here; when not, why not. */
export function psychMissing() {
  const check = spawnSync('Rscript', ['-e', 'library(psych); library(psychTools)'], { encoding: 'utf8' });
  if (check.error) return 'Rscript is not installed (apt-get install r-cran-psych)';
  if (check.status !== 0) return `psych does not load in R: ${check.stderr.trim().split('\n')[0]}`;
  return undefined;
}

/** Writes the bfi export unless it is there. */
export function ensureBfi(log) {
  if (existsSync(BFI_CSV)) return;
  log('writing psych\'s bfi data as a form export (Rscript) ...');
  mkdirSync(DATA, { recursive: true });
  execFileSync('Rscript', ['-e', `library(psych); data(bfi); write.csv(bfi, ${JSON.stringify(BFI_CSV)}, row.names = FALSE, na = "")`]);
}

/** The R expression the bench times: read, score, print the means (15 digits, one a line). */
export const scoreItemsScript = (csv) =>
  `library(psych); d <- read.csv(${JSON.stringify(csv)}); s <- scoreItems(bfi.keys, d[1:25], impute = "none", min = 1, max = 6); cat(format(colMeans(s$scores, na.rm = TRUE), digits = 15), sep = "\\n")`;

/** psych's scale means (1..6) by our section id. */
export function psychMeans(csv) {
  const out = execFileSync('Rscript', ['-e', scoreItemsScript(csv)], { encoding: 'utf8' });
  const means = out.trim().split('\n').map(Number);
  return Object.fromEntries(Object.values(SCALES).map((section, i) => [section, means[i]]));
}
