import { resolve } from 'node:path';
import type { FormToolName } from '../../answers/form-tools/form-tool.js';
import { checkAllowMissing, type AllowMissing } from '../../answers/missing-columns.js';
import { questionsById } from '../../answers/parse-answers.js';
import { mirrorChart } from '../../report/charts/mirror-bars.js';
import type { MirrorDocument } from '../../report/formats/documents.js';
import { mirrorJson } from '../../report/mirror-json.js';
import { renderMirrorTable } from '../../report/terminal/mirror-table.js';
import { buildMirror, DEFAULT_MIRROR_THRESHOLD } from '../../scoring/mirror.js';
import { DEFAULT_MIN_GROUP } from '../../scoring/team/groups.js';
import { byCodeUnits } from '../../util/code-unit-order.js';
import { ExitCode, UserError } from '../../util/errors.js';
import { jsonText } from '../../util/json-text.js';
import { once } from '../../util/once.js';
import { sanitizeForTerminal } from '../../util/terminal-text.js';
import type { PrintOptions } from '../../print/page-to-print.js';
import { applyAsyncCommand } from '../apply-result.js';
import { gatheringNotices, terminalOf, type CommandContext, type CommandResult, type Printed } from '../command-result.js';
import type { Io } from '../io.js';
import { handoverFor, type HandoverOptions } from './handover.js';
import { reportTargets, targetLines } from './report-targets.js';
import { prepareTeamInputs, readTeam, type TeamRead, type TeamReadingOptions } from './team-reading.js';

export interface MirrorOptions extends HandoverOptions {
  /** The customers' inputs, read as `team` reads its inputs. */
  customers: string[];
  output?: string;
  json?: string;
  format?: string;
  force?: boolean;
  /** Points a gap needs to be named a blind spot or a hidden strength. */
  threshold?: number;
  /** Show a side with fewer respondents than the anonymity minimum. */
  allowSmallGroups?: boolean;
  skipInvalid?: boolean;
  /** The staff's questionnaire (needed for CSV-only staff input). */
  questionnaire?: string;
  /** The customers' questionnaire (needed for CSV-only customer input). */
  customersQuestionnaire?: string;
  /** The staff's CSV mapping. */
  map?: string;
  /** The customers' CSV mapping. */
  customersMap?: string;
  allowMissing?: string;
  from?: FormToolName;
  completeOnly?: boolean;
  sheet?: string;
}

export interface MirrorContext extends CommandContext {
  progress?: (text: string) => void;
}

/** `mirror`: a staff team beside its customers on the dimensions both measure; the report, its JSON and a summary. */
export async function mirrorCommand(staffInputs: readonly string[], options: MirrorOptions & MirrorContext): Promise<CommandResult> {
  if (options.output === '-' && options.json === '-') throw new UserError('-o - and --json - cannot both use stdout; write one of them to a file');
  const { cwd } = options;
  const handover = handoverFor(options);
  const staffReading: TeamReadingOptions = { ...options, minGroup: DEFAULT_MIN_GROUP, groupBy: undefined, side: 'staff' };
  const customerReading: TeamReadingOptions = { ...staffReading, questionnaire: options.customersQuestionnaire, map: options.customersMap, side: 'customers' };
  const staffPrepared = prepareTeamInputs(staffInputs, staffReading);
  const customersPrepared = prepareTeamInputs(options.customers, customerReading);
  return gatheringNotices(async (notices) => {
    const staff = await readTeam(staffPrepared, staffReading, notices);
    const customers = await readTeam(customersPrepared, customerReading, notices);
    checkAllowMissingOnEitherSide(staffPrepared.allowMissing, staff, customers);
    // Not refused (a pilot may try one questionnaire on both sides), but most often a wrong folder.
    if (staff.questionnaire.id === customers.questionnaire.id) notices.push(`warning: staff and customers both answered ${sanitizeForTerminal(staff.questionnaire.id)}; the mirror usually sets a staff audit beside a customer survey`);
    const mirror = buildMirror(staff, customers, { threshold: options.threshold ?? DEFAULT_MIRROR_THRESHOLD, minGroup: DEFAULT_MIN_GROUP, allowSmall: options.allowSmallGroups === true });
    const document: MirrorDocument = {
      kind: 'mirror',
      questionnaire: staff.questionnaire,
      customers: customers.questionnaire,
      mirror,
      handover,
      date: latestDate(staff, customers),
      charts: once(() => [mirrorChart(mirror)]),
    };
    const targets = [...reportTargets(document, options, `${staff.questionnaire.id}-mirror`), ...(options.json ? [{ path: options.json, content: `${jsonText(mirrorJson(mirror))}\n` }] : [])];
    const written = targets.filter((target) => target.path !== '-').map((target) => ({ ...target, path: resolve(cwd, target.path) }));
    const { style } = terminalOf(options);
    const printed: Printed[] = [
      ...targetLines(targets, written, cwd),
      // The summary moves to stderr when stdout carries the report or the JSON.
      { to: written.length < targets.length ? 'stderr' : 'stdout', text: renderMirrorTable(mirror, style) },
    ];
    return { notices, files: written, force: options.force, relativePaths: true, printed, exitCode: ExitCode.Ok };
  });
}

/** --allow-missing applies to both sides: each id must be a question of one of the two questionnaires. */
function checkAllowMissingOnEitherSide(allow: AllowMissing | undefined, staff: TeamRead, customers: TeamRead): void {
  if (allow === undefined || allow === 'all') return;
  const customerIds = questionsById(customers.questionnaire);
  checkAllowMissing(new Set([...allow].filter((id) => !customerIds.has(id))), staff.questionnaire);
}

/** The later of the two sides' latest responses: the report's date when the engagement gives none. */
function latestDate(staff: TeamRead, customers: TeamRead): string | null {
  const dates = [staff.summary.completed.last, customers.summary.completed.last].filter((date): date is string => date !== null);
  return dates.sort(byCodeUnits).at(-1) ?? null;
}

export async function runMirror(staffInputs: string[], options: MirrorOptions & PrintOptions, io: Io): Promise<number> {
  const print = { browser: options.browser, paper: options.paper };
  const result = await applyAsyncCommand(io, (context) => mirrorCommand(staffInputs, { ...options, ...context, progress: io.progress }), print);
  return result.exitCode;
}
