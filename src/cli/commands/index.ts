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
export const commands: ((program: Command) => void)[] = [
  registerList,
  registerShow,
  registerValidate,
  registerRun,
  registerTemplate,
  registerScore,
  registerReport,
  registerTeam,
  registerMirror,
  registerCompare,
  registerTrend,
  registerImport,
  registerMap,
  registerSchema,
];
