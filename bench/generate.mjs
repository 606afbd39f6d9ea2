// Synthetic answers to the built-in `service-culture` questionnaire for `npm run bench`: YAML answer
// files and CSV form exports, the same every time (fixed seed). Cached in bench/data/ and rebuilt
// only when missing or when this generator or the questionnaire changed. The million-row export
// (600 MB) is written only when a bench asks for it (ensureMillion).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const QUESTIONNAIRE = 'questionnaires/service-culture.yaml';
const SEED = 20261120;

export const DATA = 'bench/data';
export const inputs = {
  yaml1k: { path: join(DATA, 'answers-1k'), count: 1_000 },
  yaml10k: { path: join(DATA, 'answers-10k'), count: 10_000 },
  csv10k: { path: join(DATA, 'export-10k.csv'), count: 10_000 },
  csv100k: { path: join(DATA, 'export-100k.csv'), count: 100_000 },
  csv1m: { path: join(DATA, 'export-1m.csv'), count: 1_000_000 },
};

/** Roles with their share of respondents and how well they rate the culture (0..1): leaders rate it higher. */
const ROLES = [
  { name: 'owner', share: 0.02, mean: 0.78 },
  { name: 'manager', share: 0.13, mean: 0.68 },
  { name: 'back-office', share: 0.3, mean: 0.58 },
  { name: 'front-line', share: 0.55, mean: 0.48 },
];
const TEAMS = ['north-store', 'south-store', 'east-depot', 'west-depot', 'head-office', 'call-centre', 'field-service', 'online'];
const COMMENT_PARTS = [
  'Let us give small refunds ourselves',
  'the returns form asks for the order number twice',
  'Nobody answers the phone after 4pm',
  'we wait days for a manager to sign off, "just in case"',
  'The booking system, again',
  'more staff on Saturdays',
  'Stop the call-length target',
  'nothing, it works',
  'Nothing',
  'customers get passed between teams\nand have to explain it all again',
];

/** mulberry32: a tiny, fast PRNG with a 32-bit state; good enough for test data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const clamp01 = (x) => Math.min(1, Math.max(0, x));
const pick = (random, list) => list[Math.floor(random() * list.length)];

function pickRole(random) {
  let r = random();
  for (const role of ROLES) {
    if ((r -= role.share) < 0) return role;
  }
  return ROLES[ROLES.length - 1];
}

/** One respondent: attributes and raw answers (labels, numbers, lists, text) by question id. */
function respondent(random, questionnaire, index) {
  const role = pickRole(random);
  const latent = clamp01(role.mean + 0.12 * normal(random));
  const answers = {};
  for (const section of questionnaire.sections) {
    const sectionShift = 0.08 * normal(random);
    for (const question of section.questions) {
      const value = answerFor(random, questionnaire, question, clamp01(latent + sectionShift + 0.15 * normal(random)), role);
      if (value !== undefined) answers[question.id] = value;
    }
  }
  const day = 1 + Math.floor(random() * 28);
  const completed = `2026-11-${String(day).padStart(2, '0')}`;
  return { id: `r-${String(index + 1).padStart(6, '0')}`, role: role.name, team: pick(random, TEAMS), completed, answers };
}

function answerFor(random, questionnaire, question, x, role) {
  if (question.type === 'text') {
    if (random() > 0.25) return undefined;
    const parts = [pick(random, COMMENT_PARTS)];
    if (random() < 0.4) parts.push(pick(random, COMMENT_PARTS));
    return parts.join(', ');
  }
  if (random() < 0.02) return undefined; // a few blanks
  // Front-line staff see less of policy and management: more n/a where it is allowed.
  if (question.allowNA && random() < (role.name === 'front-line' ? 0.15 : 0.04)) return 'n/a';
  const good = question.reverse ? 1 - x : x;
  switch (question.type) {
    case 'likert': {
      const labels = question.labels ?? questionnaire.scales[question.scale];
      return labels[Math.min(labels.length - 1, Math.floor(good * labels.length))];
    }
    case 'choice': {
      const ordered = [...question.options].sort((a, b) => a.score - b.score);
      return ordered[Math.min(ordered.length - 1, Math.floor(good * ordered.length))].label;
    }
    case 'yesno':
      return random() < good ? 'yes' : 'no';
    case 'rating':
      return Math.round(question.min + clamp01(good + 0.1 * normal(random)) * (question.max - question.min));
    case 'nps':
      return Math.round(clamp01(good + 0.1 * normal(random)) * 10);
    case 'multi': {
      const chosen = question.options.filter((option) => option.score > 0 && random() < good * 0.7).map((option) => option.label);
      return chosen.length > 0 ? chosen : [question.options.find((option) => option.score <= 0)?.label ?? question.options[0].label];
    }
  }
}

const yamlScalar = (value) => (typeof value === 'number' || /^[\w .,'()-]+$/.test(value) ? String(value) : JSON.stringify(value));

function answerFileText(questionnaire, person) {
  const lines = [
    `questionnaire: ${questionnaire.id}`,
    `version: ${questionnaire.version}`,
    'respondent:',
    `  id: ${person.id}`,
    `  role: ${person.role}`,
    `  team: ${person.team}`,
    `completed: ${person.completed}`,
    'answers:',
  ];
  for (const [id, value] of Object.entries(person.answers)) {
    if (Array.isArray(value)) lines.push(`  ${id}:`, ...value.map((item) => `    - ${yamlScalar(item)}`));
    else lines.push(`  ${id}: ${yamlScalar(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

const csvCell = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * Like an online form's export: a timestamp, attribute columns, then one column per question text.
 * Written a thousand rows at a time, so a million rows never sit in memory.
 */
function writeCsvExport(path, questionnaire, count, seed) {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const header = ['Timestamp', 'Role', 'Team', ...questions.map((question) => question.text)];
  const row = (person) => {
    const cells = questions.map((question) => {
      const value = person.answers[question.id];
      if (value === undefined) return '';
      if (value === 'n/a') return 'Not applicable';
      return Array.isArray(value) ? value.join(', ') : String(value);
    });
    return [`${person.completed.replace(/-/g, '/')} 10:15:00`, person.role, person.team, ...cells].map(csvCell).join(',');
  };
  const random = mulberry32(seed);
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    writeSync(fd, `\uFEFF${header.map(csvCell).join(',')}\r\n`);
    for (let start = 0; start < count; start += 1000) {
      const rows = [];
      for (let i = start; i < Math.min(count, start + 1000); i++) rows.push(row(respondent(random, questionnaire, i)));
      writeSync(fd, `${rows.join('\r\n')}\r\n`);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}

function people(questionnaire, count, seed) {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => respondent(random, questionnaire, i));
}

function stampOf(questionnaireText) {
  return createHash('sha256').update(readFileSync(new URL(import.meta.url))).update(questionnaireText).update(String(SEED)).digest('hex');
}

/** Writes the data unless bench/data already holds this generator's output. */
export function ensureData(log = () => undefined) {
  const questionnaireText = readFileSync(QUESTIONNAIRE, 'utf8');
  const stamp = stampOf(questionnaireText);
  const stampFile = join(DATA, 'stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  log('generating bench data (seed ' + SEED + ') ...');
  rmSync(DATA, { recursive: true, force: true });
  const questionnaire = parse(questionnaireText);
  for (const input of [inputs.yaml1k, inputs.yaml10k]) {
    mkdirSync(input.path, { recursive: true });
    people(questionnaire, input.count, SEED + input.count).forEach((person) => {
      writeFileSync(join(input.path, `${person.id}.yaml`), answerFileText(questionnaire, person));
    });
  }
  for (const input of [inputs.csv10k, inputs.csv100k]) writeCsvExport(input.path, questionnaire, input.count, SEED + input.count + 1);
  writeFileSync(stampFile, stamp);
}

/** Writes the million-row export (about 600 MB, a minute) unless bench/data holds this generator's. */
export function ensureMillion(log = () => undefined) {
  ensureData(log);
  const questionnaireText = readFileSync(QUESTIONNAIRE, 'utf8');
  const stamp = stampOf(questionnaireText);
  const stampFile = `${inputs.csv1m.path}.stamp`;
  if (existsSync(inputs.csv1m.path) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  log('generating the 1,000,000-row export (about 600 MB) ...');
  writeCsvExport(inputs.csv1m.path, parse(questionnaireText), inputs.csv1m.count, SEED + inputs.csv1m.count + 1);
  writeFileSync(stampFile, stamp);
}

if (import.meta.url === `file://${process.argv[1]}`) (process.argv[2] === '1m' ? ensureMillion : ensureData)(console.log);
