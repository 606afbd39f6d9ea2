import { relative, resolve } from 'node:path';
import { loadAnswerFile } from '../../load/answer-file.js';
import { runAnswerFileText } from '../../interactive/answer-file.js';
import { savingBanner } from '../../interactive/banner.js';
import { conductAudit } from '../../interactive/conduct.js';
import type { Prompter } from '../../interactive/prompter.js';
import type { RespondentFlags } from '../../interactive/respondent.js';
import { seenCount, type SessionState } from '../../interactive/session.js';
import { renderResultsScreen } from '../../report/terminal/results-screen.js';
import { scoreResponse } from '../../scoring/score-response.js';
import { writeFileAtomic } from '../../write/write-files.js';
import { ExitCode, UserError } from '../../util/errors.js';
import { todayStamp } from '../../util/file-names.js';
import type { Io } from '../io.js';
import { defaultReportPath, freeReportPath, individualDocument } from './report.js';
import { writeDocument } from './deliver.js';
import { markdownFormat } from '../../report/formats/markdown.js';
import { lockNew, lockResumed, prepareNewRun, prepareResume, type PreparedRun } from './run-setup.js';
import { interruptGuard, isInterruption, printInterrupted, saveFailed } from './run-interrupt.js';
import { PLAIN_COMMAND } from '../resume-command.js';
import type { FileLock } from '../../write/file-lock.js';

export interface RunOptions extends RespondentFlags {
  output?: string;
  force?: boolean;
  resume?: string;
  /** false with --no-report. */
  report?: boolean;
}

export interface RunDependencies {
  /** Scripted in tests; by default the terminal prompts. */
  prompter?: Prompter;
  stdinIsTTY?: boolean;
  /** Terminal height, for how many choices fit on screen. */
  rows?: number;
  now?: () => Date;
  /** How the tool was started (`npx culture-audit`, `node bin/culture-audit.js`), for the resume command. */
  command?: string;
  /** Saves the answer file; replaced in tests to fail as a full disk does. */
  saveFile?: (path: string, text: string) => void;
}

/** `culture-audit run`: the interactive audit. Returns the exit code. */
export async function runRun(reference: string | undefined, options: RunOptions, io: Io, deps: RunDependencies = {}): Promise<number> {
  checkOptions(options);
  if (!(deps.stdinIsTTY ?? process.stdin.isTTY)) {
    throw new UserError(
      '`run` needs a terminal to ask questions in, and stdin is not one. Without a terminal, fill in ' +
        '`culture-audit template <questionnaire>` and read it with `culture-audit score` or `culture-audit report`.',
    );
  }
  const now = deps.now ?? (() => new Date());
  const command = deps.command ?? PLAIN_COMMAND;
  const guard = interruptGuard();
  const prompter = deps.prompter ?? (await terminalPrompter(io, guard.signal, deps.rows));
  const saveFile = deps.saveFile ?? ((path: string, text: string) => writeFileAtomic(path, text, { force: true, shown: (p) => shown(io, p) }));
  let prepared: PreparedRun | undefined;
  let lock: FileLock | undefined;
  // The lock goes with the process however it ends; `finally` covers everything but process.exit.
  const releaseOnExit = () => lock?.release();
  process.on('exit', releaseOnExit);
  let answered = 0;
  const save = (state: SessionState, completed?: string) => {
    if (!prepared) return;
    const text = runAnswerFileText(state, prepared.questionnaire, { ...prepared.record, ...(completed ? { completed } : {}) });
    saveFile(prepared.file, text);
    answered = Object.values(state.answers).filter((answer) => answer !== null).length;
  };
  const saveAnswer = (state: SessionState, completed?: string) => {
    try {
      save(state, completed);
    } catch (error) {
      throw prepared ? saveFailed(error, { file: shown(io, prepared.file), questionnairePath: prepared.questionnairePath }, command) : error;
    }
  };
  try {
    // A resumed file is locked before it is read, so it is read as the last writer left it.
    if (options.resume) lock = lockResumed(resolve(io.cwd, options.resume), io, now());
    prepared = options.resume ? prepareResume(options.resume, reference, io, now()) : await prepareNewRun(reference, options, io, prompter, now(), command);
    lock ??= lockNew(prepared, options, io, now(), command);
    save(prepared.session);
    const { session } = prepared;
    const file = shown(io, prepared.file);
    const resumed = options.resume ? { seen: seenCount(session), count: session.items.length } : undefined;
    for (const line of savingBanner({ file, resumed }, io.columns)) io.out(io.style.dim(line));
    const finished = await conductAudit(prepared.session, prepared.questionnaire, prompter, saveAnswer);
    saveAnswer(finished, todayStamp(now()));
    finish(prepared, options, io);
    return ExitCode.Ok;
  } catch (error) {
    if (!isInterruption(error)) throw error;
    // After a hang-up there is no terminal to print to; the exit code still says what happened.
    if (guard.canPrint()) printInterrupted(io, prepared && { file: prepared.file, answered, questionnairePath: prepared.questionnairePath }, command);
    return ExitCode.Interrupted;
  } finally {
    lock?.release();
    process.off('exit', releaseOnExit);
    guard.dispose();
  }
}

/** The results screen and the report, both from the answer file as written, exactly as `report` reads it. */
function finish(prepared: PreparedRun, options: RunOptions, io: Io): void {
  const loaded = loadAnswerFile(prepared.file, { cwd: io.cwd, questionnaire: prepared.questionnairePath });
  const scorecard = scoreResponse(loaded.questionnaire, loaded.response);
  io.out(`\n${renderResultsScreen(scorecard, loaded.questionnaire, io.style, io.columns)}\n`);
  io.out(`Answers: ${shown(io, prepared.file)}`);
  if (options.report === false) return;
  // A finished audit never fails on, or replaces, an existing report: it takes the next free name.
  const path = freeReportPath(resolve(io.cwd, defaultReportPath(scorecard)));
  const [report] = writeDocument(individualDocument(scorecard, loaded.questionnaire), markdownFormat, path);
  io.out(`Report:  ${shown(io, report ?? path)}`);
}

function checkOptions(options: RunOptions): void {
  if (options.resume) {
    const fresh = (['output', 'force', 'respondent', 'role', 'team', 'anonymous'] as const).filter((key) => options[key] !== undefined);
    if (fresh.length > 0) {
      const verb = fresh.length === 1 ? 'applies' : 'apply';
      throw new UserError(`--resume continues a file as it is; ${fresh.map(flagName).join(', ')} ${verb} only to a new run`);
    }
  }
  if (options.output === '-') throw new UserError('run saves the answers to a file as it goes, so -o needs a file name, not "-"');
  if (options.anonymous && options.respondent !== undefined) throw new UserError('--anonymous records no name, so it cannot go with --respondent');
}

function flagName(key: string): string {
  return key === 'output' ? '-o/--output' : `--${key}`;
}

async function terminalPrompter(io: Io, signal: AbortSignal, rows?: number): Promise<Prompter> {
  const { inquirerPrompter } = await import('../../interactive/inquirer-prompter.js');
  return inquirerPrompter({ style: io.style, columns: io.columns, rows: rows ?? (process.stdout.rows || 24), signal });
}

function shown(io: Io, file: string): string {
  return relative(io.cwd, file) || file;
}
