import { Composer, Lexer, LineCounter, Parser, YAMLParseError, type CST, type Document } from 'yaml';
import { MAX_NESTING_DEPTH } from './limits.js';

/**
 * The parser's stack of open constructs beyond which input is refused unparsed. yaml's parser
 * recurses once per open construct, and past a few hundred either throws RangeError or, when V8
 * happens to compile a regex that deep, aborts the whole process (FATAL ERROR: RegExpCompiler
 * Allocation failed): nothing can catch that, so parsing must stop well before. Real files stay
 * under 20; nesting within the limit needs about two entries a level.
 */
const MAX_PARSER_STACK = 2 * MAX_NESTING_DEPTH + 8;

export const TOO_DEEP =
  `nests lists and mappings more than ${MAX_NESTING_DEPTH} levels deep, or leaves a [ or { unclosed; ` + 'a questionnaire needs about 8 levels';

export type ParsedYaml = { ok: true; doc: Document.Parsed } | { ok: false; error: { offset: number; code: string; message: string } };

/**
 * parseDocument from yaml, driven token by token so the parser's depth can be bounded. Keys are
 * not checked for uniqueness here: structureProblems does that in one pass.
 */
export function parseYamlGuarded(text: string, lineCounter: LineCounter): ParsedYaml {
  const parser = new Parser(lineCounter.addNewLine);
  // logLevel 'error': yaml would print its warnings itself (process.emitWarning) on stderr.
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' });
  // yaml makes an Error per problem, and a 100 KB file of stray brackets has 100,000 of them:
  // capturing their stack traces took 1.4 s. Only the first message is ever shown.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const docs = composer.compose(guardedTokens(parser, text, lineCounter), true, text.length);
    const first = docs.next();
    const doc = first.value as Document.Parsed;
    const error = doc.errors[0];
    if (error) return { ok: false, error: { offset: error.pos[0], code: error.code, message: error.message } };
    const second = docs.next();
    if (!second.done) {
      return { ok: false, error: { offset: second.value.range[0], code: 'MULTIPLE_DOCS', message: 'holds more than one YAML document (a second one after ---); keep one per file' } };
    }
    return { ok: true, doc };
  } catch (error) {
    if (error instanceof TooDeep) return { ok: false, error: { offset: error.offset, code: 'TOO_DEEP', message: TOO_DEEP } };
    if (error instanceof YAMLParseError) return { ok: false, error: { offset: error.pos[0], code: error.code, message: error.message } };
    // Anything else yaml throws (a RangeError from a shape we did not foresee) is still the file's fault.
    return { ok: false, error: { offset: 0, code: 'UNREADABLE', message: `cannot be read as YAML (${error instanceof Error ? error.message : String(error)})` } };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

class TooDeep extends Error {
  constructor(readonly offset: number) {
    super(TOO_DEEP);
  }
}

function* guardedTokens(parser: Parser, text: string, lineCounter: LineCounter): Generator<CST.Token> {
  lineCounter.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    if (parser.stack.length > MAX_PARSER_STACK) throw new TooDeep(parser.offset);
  }
  yield* parser.end();
}
