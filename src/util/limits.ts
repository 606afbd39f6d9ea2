// Every input limit in one place (README "Limits"). Each sits far above what a real
// questionnaire or answer file needs, and far below what would make the tool slow or crash:
// past one, the input is a mistake or an attack, and the user gets one clear error.

/**
 * Size of a questionnaire or answer file. yaml reads about 250,000 values a second, so a hostile
 * 1 MB file of tiny values costs ~4 s; the largest built-in questionnaire is 25 KB.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Questions in one questionnaire (and so entries in one answer file's `answers`). */
export const MAX_QUESTIONS = 500;

/** Sections in one questionnaire. */
export const MAX_SECTIONS = 100;

/** Options of a choice or multi question, labels of a scale, named scales. */
export const MAX_OPTIONS = 50;

/** Bands in a rubric, recommendations for one band. */
export const MAX_BANDS = 20;

/** YAML aliases (`*name`) in one file; more is an expansion attack ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/** Levels of nested mappings and lists; a questionnaire needs about eight. */
export const MAX_NESTING_DEPTH = 32;

/** Characters in an id (questionnaire, section, question). */
export const MAX_ID_LENGTH = 64;

/** Characters in a title, label, respondent attribute or other one-line text. */
export const MAX_LABEL_LENGTH = 200;

/** Characters in a question's text, help, band summary, recommendation or red-flag message. */
export const MAX_TEXT_LENGTH = 2_000;

/** Characters in a questionnaire's description. */
export const MAX_DESCRIPTION_LENGTH = 5_000;

/** Characters in one free-text answer. */
export const MAX_ANSWER_TEXT_LENGTH = 10_000;

/** Largest question or section weight; weights are relative, so this loses nothing. */
export const MAX_WEIGHT = 1_000;

/** Largest option score (either sign) and rating bound: keeps every score formula finite. */
export const MAX_POINTS = 1_000_000;

/** Problems printed for one run; the rest are counted. */
export const MAX_PRINTED_PROBLEMS = 50;

/**
 * Size of a JSON array of respondents, which JSON.parse reads whole (NDJSON streams, and has no
 * limit but MAX_INPUT_BYTES per line): about 9,000 respondents to service-culture's 35 questions,
 * for which team peaked at 131 MB, as over a 300,000-row CSV export. A hostile array of 5.6 million
 * empty objects peaked at 690 MB; more would cost more.
 */
export const MAX_JSON_ARRAY_BYTES = 16 * 1024 * 1024;

/**
 * Invalid rows of one CSV export, or records of one JSON records file, before reading it stops:
 * every problem is held until the run ends, and these files have no row limit. Far past any real
 * export's mistakes: a file with this many is not an export of the questionnaire.
 */
export const MAX_INVALID_ROWS = 10_000;

/**
 * Responses `import` turns into answer files from one export or records file. It holds every
 * file it will write until all are checked (about 2 KB each), so this bounds its memory; `team`
 * streams rows and records through scoring and has no such limit.
 */
export const MAX_IMPORT_RESPONSES = 100_000;

/** Columns in one CSV form export: a questionnaire's questions and a form tool's own columns. */
export const MAX_CSV_COLUMNS = 1_000;

/** Characters in one CSV record, quoted newlines included; a longer one is not a form export. */
export const MAX_CSV_RECORD_CHARS = 1024 * 1024;
