import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadAnswerFile } from '../../load/answer-file.js';
import { recordedAnswers, type RunRecord } from '../../interactive/answer-file.js';
import type { Prompter } from '../../interactive/prompter.js';
import { collectRespondent, type RespondentFlags } from '../../interactive/respondent.js';
import { startSession, type SessionState } from '../../interactive/session.js';
import { loadQuestionnaire, type LoadedQuestionnaire } from '../../load/questionnaire.js';
import { resolveQuestionnaireFile } from '../../load/questionnaire-files.js';
import type { Questionnaire } from '../../questionnaire/schema.js';
import { UserError } from '../../util/errors.js';
import { describeHolder, lockFile, type FileLock } from '../../write/file-lock.js';
import { safeFileStem, timeStamp } from '../../util/file-names.js';
import type { Io } from '../io.js';
import { listQuestionnaires } from './list.js';
import { PLAIN_COMMAND, resumeCommand } from '../resume-command.js';
import { wrapText } from '../../report/terminal/wrap.js';

/** What setting up a new run reads of `run`'s options (RunOptions has them all). */
export interface NewRunOptions extends RespondentFlags {
  output?: string;
  force?: boolean;
}

/** Everything a run needs before its first question. */
export interface PreparedRun {
  questionnaire: Questionnaire;
  /** The questionnaire's file when its id alone would not find it again, for the resume command. */
  questionnairePath?: string;
  /** The answer file, absolute. */
  file: string;
  session: SessionState;
  record: RunRecord;
}

/** A new run: questionnaire (asked when not given), respondent details, and a file that is not there yet. */
export async function prepareNewRun(
  reference: string | undefined,
  options: NewRunOptions,
  io: Io,
  prompter: Prompter,
  now: Date,
  command: string = PLAIN_COMMAND,
): Promise<PreparedRun> {
  const loadedQuestionnaire = loadQuestionnaire(reference ?? (await chooseQuestionnaire(io, prompter)), io.cwd);
  const { questionnaire } = loadedQuestionnaire;
  const questionnairePath = pathNeededToResume(loadedQuestionnaire, io.cwd);
  // Checked before the respondent details too, so nobody types them only to be refused.
  if (options.output) refuseExisting(resolve(io.cwd, options.output), options, questionnairePath, io.cwd, command);
  const respondent = await collectRespondent(options, prompter, questionnaire.title);
  const stem = safeFileStem(respondent.name ?? '') || timeStamp(now);
  const file = resolve(io.cwd, options.output ?? join('answers', `${questionnaire.id}-${stem}.yaml`));
  refuseExisting(file, options, questionnairePath, io.cwd, command);
  return {
    questionnaire,
    questionnairePath,
    file,
    session: startSession(questionnaire),
    record: { respondent, started: now.toISOString() },
  };
}

/** A resumed run: the file's respondent and answers, at its first unanswered question. */
export function prepareResume(file: string, reference: string | undefined, io: Io, now: Date): PreparedRun {
  const path = resolve(io.cwd, file);
  const loaded = loadAnswerFile(path, { cwd: io.cwd, questionnaire: reference, partial: true });
  const { answerFile, questionnaire } = loaded;
  const questionnairePath = pathNeededToResume(loadQuestionnaire(reference ?? answerFile.questionnaire, io.cwd), io.cwd);
  // The loader's warnings (another version or content hash, answers left out), said the way a run says it.
  if (loaded.warnings.length > 0) {
    // The first warning is the change itself; any more are answers that no longer fit.
    const kept = loaded.warnings.length === 1 ? 'the answers still fit it and are kept' : 'answers that no longer fit it are left out, and their questions asked again where it still has them';
    const note = `Note: "${questionnaire.id}" has changed since this run began; ${kept}.`;
    for (const line of wrapText(note, Math.max(20, io.columns - 1))) io.err(io.style.yellow(line));
  }
  return {
    questionnaire,
    questionnairePath,
    file: path,
    session: startSession(questionnaire, recordedAnswers(loaded)),
    record: {
      respondent: answerFile.respondent ?? {},
      started: answerFile.started ?? now.toISOString(),
      completed: answerFile.completed ?? undefined,
    },
  };
}

/** The lock on a file to resume; none when its folder is missing, which reading the file then reports. */
export function lockResumed(file: string, io: Io, now: Date): FileLock | undefined {
  if (!existsSync(dirname(file))) return undefined;
  return takeLock(file, io, now);
}

/**
 * The lock on a new run's file. Two new runs on one name can both have found it free: the one that
 * locks second finds the file taken (unless --force) and stops before writing.
 */
export function lockNew(prepared: PreparedRun, options: Pick<NewRunOptions, 'force'>, io: Io, now: Date, command: string): FileLock {
  const lock = takeLock(prepared.file, io, now);
  try {
    refuseExisting(prepared.file, options, prepared.questionnairePath, io.cwd, command);
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}

function takeLock(file: string, io: Io, now: Date): FileLock {
  const shown = relative(io.cwd, file) || file;
  const lock = lockFile(file, { shown, now });
  if (lock.replaced) {
    const holder = describeHolder(lock.replaced, now);
    io.err(io.style.yellow(`Note: ${shown} was still locked by a run that has ended (${holder}); this run takes it over.`));
  }
  return lock;
}

/** The questionnaire's path relative to `cwd` when its id alone would not find it again (a file outside ./questionnaires). */
function pathNeededToResume(loaded: LoadedQuestionnaire, cwd: string): string | undefined {
  try {
    if (resolveQuestionnaireFile(loaded.questionnaire.id, cwd) === resolve(loaded.file)) return undefined;
  } catch {
    // Not found by id: the path is needed.
  }
  return relative(cwd, loaded.file) || loaded.file;
}

/** A new run never starts on an existing file unless --force. */
export function refuseExisting(
  file: string,
  options: Pick<NewRunOptions, 'force'>,
  questionnairePath: string | undefined,
  cwd: string,
  command: string = PLAIN_COMMAND,
): void {
  if (options.force || !existsSync(file)) return;
  const shown = relative(cwd, file) || file;
  throw new UserError(
    `${shown} already exists. Continue it with \`${resumeCommand(shown, questionnairePath, command)}\`, ` +
      'start over with --force, or name another file with -o.',
  );
}

async function chooseQuestionnaire(io: Io, prompter: Prompter): Promise<string> {
  const listings = listQuestionnaires(io.cwd);
  if (listings.length === 0) throw new UserError('no questionnaires found; name a questionnaire file: culture-audit run <file.yaml>');
  return prompter.chooseQuestionnaire(
    listings.map((listing) => ({
      value: listing.file,
      name: listing.valid ? `${listing.id}: ${listing.title}` : listing.id,
      description: listing.valid ? `${listing.questions} questions in ${listing.sections} sections, ${listing.origin}` : undefined,
      disabled: listing.valid ? undefined : '(invalid: see `culture-audit validate`)',
    })),
  );
}
