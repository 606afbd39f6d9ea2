import type { Command } from 'commander';
import { registerCompare } from './compare.js';
import { registerImport } from './import.js';
import { registerList } from './list.js';
import { registerMap } from './map.js';
import { registerMirror } from './mirror.js';
import { registerReport } from './report.js';
import { registerRun } from './run.js';
import { registerSchema } from './schema.js';
import { registerScore } from './score.js';
import { registerShow } from './show.js';
import { registerTeam } from './team.js';
import { registerTemplate } from './template.js';
import { registerTrend } from './trend.js';
import { registerValidate } from './validate.js';

/** Every command, in the order `--help` lists them. Each file only wires commander; work is loaded lazily. */
export const commands: { name: string; register: (program: Command) => void }[] = [
  { name: 'list', register: registerList },
  { name: 'show', register: registerShow },
  { name: 'validate', register: registerValidate },
  { name: 'run', register: registerRun },
  { name: 'template', register: registerTemplate },
  { name: 'score', register: registerScore },
  { name: 'report', register: registerReport },
  { name: 'team', register: registerTeam },
  { name: 'mirror', register: registerMirror },
  { name: 'compare', register: registerCompare },
  { name: 'trend', register: registerTrend },
  { name: 'import', register: registerImport },
  { name: 'map', register: registerMap },
  { name: 'schema', register: registerSchema },
];
