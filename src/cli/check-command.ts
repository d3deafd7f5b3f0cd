// `unknot check`: the adaptive questionnaire in a terminal (yes / no / not sure), emergency
// questions first, stopping at the first emergency answer.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { type Answer, type Answers, assess, nextQuestions, questionApplies } from '#engine';
import {
  CALL_NOW_SIGNS,
  CAUDA_EQUINA_SELF_CHECKS,
  type ChoiceQuestion,
  type FindingCode,
  type FindingQuestion,
  type NumberQuestion,
  type Question,
  type QuestionList,
  REGIONS,
  type Region,
  type SexQuestion,
} from '#knowledge';
import { type Io, write } from './io.ts';
import { renderAssessment } from './render-assessment.ts';
import { terminalWidth, wrapLines } from './wrap.ts';

class InputEnded extends Error {}

type Prompt = (text: string) => Promise<string>;

function prompter(io: Io, out: Io['stdout']): { ask: Prompt; close: () => void } {
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w(null);
  });
  const ask: Prompt = async (text) => {
    await write(out, text);
    const line = lines.shift() ?? (ended ? null : await new Promise<string | null>((resolve) => waiting.push(resolve)));
    if (line === null) throw new InputEnded();
    return line.trim();
  };
  return { ask, close: () => rl.close() };
}

const YES = new Set(['y', 'yes']);
const NO = new Set(['n', 'no']);
const UNSURE = new Set(['?', 'u', 'unsure', 'not sure', 'ns']);

async function askFinding(q: FindingQuestion, ask: Prompt, io: Io): Promise<Answer> {
  for (;;) {
    const reply = (await ask(`\n${q.text}\n  y = yes, n = no, ? = not sure, h = help > `)).toLowerCase();
    if (YES.has(reply)) return 'yes';
    if (NO.has(reply)) return 'no';
    if (UNSURE.has(reply)) return 'unsure';
    await write(io.stdout, reply === 'h' ? `  ${q.help}\n` : '  Please answer y, n or ? (or h for help).\n');
  }
}

async function askNumber(q: NumberQuestion, ask: Prompt, io: Io): Promise<number | undefined> {
  for (;;) {
    const optional = q.required ? '' : ', or press Enter to skip';
    const reply = await ask(`\n${q.text} (${q.min}–${q.max}${q.unit ? ` ${q.unit}` : ''}${optional}) > `);
    if (reply === '' && !q.required) return undefined;
    const value = Number(reply);
    if (reply !== '' && Number.isInteger(value) && value >= q.min && value <= q.max) return value;
    await write(io.stdout, `  Please type a whole number from ${q.min} to ${q.max}. ${q.help}\n`);
  }
}

async function askSex(
  q: SexQuestion,
  ask: Prompt,
  io: Io,
): Promise<SexQuestion['options'][number]['value'] | undefined> {
  const menu = q.options.map((o, i) => `${i + 1} = ${o.label}`).join(', ');
  for (;;) {
    const reply = await ask(`\n${q.text} (${menu}, or press Enter to skip) > `);
    if (reply === '') return undefined;
    const option = q.options[Number(reply) - 1];
    if (option) return option.value;
    await write(io.stdout, `  Please type a number from 1 to ${q.options.length}. ${q.help}\n`);
  }
}

async function askChoice(q: ChoiceQuestion, ask: Prompt, io: Io): Promise<string> {
  const menu = q.options.map((o, i) => `${i + 1} = ${o.label}`).join(', ');
  for (;;) {
    const reply = await ask(`\n${q.text} (${menu}) > `);
    const option = q.options[Number(reply) - 1];
    if (reply !== '' && option) return option.id;
    await write(io.stdout, `  Please type a number from 1 to ${q.options.length}. ${q.help}\n`);
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const CHECKS: Partial<Record<FindingCode, { title: string; steps: readonly string[] }>> =
  CAUDA_EQUINA_SELF_CHECKS.checks;

/** "Not sure" to a cauda-equina sign: the self-check, then the question again. */
async function selfCheck(q: FindingQuestion, ask: Prompt, io: Io): Promise<Answer> {
  const check = CHECKS[q.code];
  if (!check) return 'unsure';
  await write(
    io.stdout,
    `\n  ${check.title}. ${CAUDA_EQUINA_SELF_CHECKS.intro}\n${check.steps.map((s) => `   - ${s}\n`).join('')}`,
  );
  for (;;) {
    const reply = (await ask(`  ${capital(q.label)}? y = yes, n = no, ? = still not sure > `)).toLowerCase();
    if (YES.has(reply)) return 'yes';
    if (NO.has(reply)) return 'no';
    if (UNSURE.has(reply)) return 'unsure';
    await write(io.stdout, '  Please answer y, n or ?.\n');
  }
}

/**
 * A list at once: "any of these?" (Enter = none; the numbers that apply, ? after one if not
 * sure) or contributors to tick (the numbers that fit). Items not named are no.
 */
async function askList(
  list: QuestionList,
  items: readonly FindingQuestion[],
  answers: Answers,
  ask: Prompt,
  io: Io,
): Promise<Answers> {
  const anyOf = list.style === 'any-of';
  await write(io.stdout, `\n${list.title}\n${items.map((q, i) => `  ${i + 1}. ${capital(q.label)}\n`).join('')}`);
  const prompt = anyOf
    ? 'Any of these? Enter = none of these; or type the numbers that apply, with ? after a number if not sure (e.g. 2 5?); h = help > '
    : 'Type the numbers that fit, or press Enter for none; h = help > ';
  for (;;) {
    const reply = (await ask(prompt)).toLowerCase();
    if (reply === 'h') {
      await write(io.stdout, items.map((q, i) => `  ${i + 1}. ${q.text} ${q.help}\n`).join(''));
      continue;
    }
    const tokens = reply === '' || reply === 'n' || reply === 'none' ? [] : reply.split(/[\s,]+/);
    const chosen = new Map<FindingQuestion, Answer>();
    let ok = true;
    for (const token of tokens) {
      const m = /^(\d+)(\?)?$/.exec(token);
      const q = m ? items[Number(m[1]) - 1] : undefined;
      if (!m || !q || (m[2] && !anyOf)) ok = false;
      else chosen.set(q, m[2] ? 'unsure' : 'yes');
    }
    if (!ok) {
      await write(
        io.stdout,
        `  Please type numbers from 1 to ${items.length}${anyOf ? ' (? after one if not sure)' : ''}.\n`,
      );
      continue;
    }
    const responses = { ...answers.responses };
    for (const q of items) {
      let answer = chosen.get(q) ?? 'no';
      if (answer === 'unsure') answer = await selfCheck(q, ask, io);
      responses[q.code] = answer;
    }
    return { ...answers, responses };
  }
}

async function askQuestion(q: Question, answers: Answers, ask: Prompt, io: Io): Promise<Answers> {
  switch (q.kind) {
    case 'choice':
      return { ...answers, onsetChoice: await askChoice(q, ask, io) };
    case 'finding':
      return { ...answers, responses: { ...answers.responses, [q.code]: await askFinding(q, ask, io) } };
    case 'number': {
      const value = await askNumber(q, ask, io);
      return value === undefined ? skip(answers, q.field) : { ...answers, [q.field]: value };
    }
    case 'sex': {
      const value = await askSex(q, ask, io);
      return value === undefined ? skip(answers, 'sex') : { ...answers, sex: value };
    }
  }
}

const skip = (answers: Answers, field: NumberQuestion['field'] | 'sex'): Answers => ({
  ...answers,
  skipped: [...(answers.skipped ?? []), field],
});

/** `target`, with every text written to it wrapped at `width` (each write starts a line). */
function wrapping(target: Writable, width: number): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      target.write(wrapLines(String(chunk), width), callback);
    },
  });
}

const REGION_IDS = REGIONS.map((r) => r.id).join(', ');

/** `--json` and `--region ID` (or `--region=ID`). */
export function parseCheckArgs(args: readonly string[]): { json: boolean; region: Region | null } | { error: string } {
  let json = false;
  let region: Region | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--region' || arg.startsWith('--region=')) {
      const value = arg === '--region' ? args[++i] : arg.slice('--region='.length);
      const found = REGIONS.find((r) => r.id === value);
      if (!found) return { error: `--region must be one of ${REGION_IDS}${value ? `, not "${value}"` : ''}` };
      region = found;
    } else return { error: `unknown option ${arg} (options: --json, --region ${REGION_IDS})` };
  }
  return { json, region };
}

export async function checkCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseCheckArgs(args);
  if ('error' in parsed) {
    await write(io.stderr, `unknot check: ${parsed.error}\n`);
    return 2;
  }
  const { json, region } = parsed;
  // With --json, stdout carries only the assessment; the conversation goes to stderr. Either way
  // it is wrapped at the terminal's width.
  const talkTo = json ? io.stderr : io.stdout;
  const talk: Io = { ...io, stdout: wrapping(talkTo, terminalWidth(talkTo)) };
  const { ask, close } = prompter(io, talk.stdout);
  const say = (text: string) => write(talk.stdout, text);
  let answers: Answers = { responses: {} };
  try {
    await say(
      `Unknot back check. Answer each question with y (yes), n (no) or ? (not sure).\nThis is not a diagnosis. ${CALL_NOW_SIGNS.sentence}\n`,
    );
    for (;;) {
      const step = nextQuestions(answers);
      if (step.status !== 'ask') {
        const assessment = assess(step.intake);
        await write(
          io.stdout,
          json
            ? `${JSON.stringify(assessment)}\n`
            : `\n${renderAssessment(assessment, region, terminalWidth(io.stdout))}`,
        );
        return 0;
      }
      await say(`\n— ${step.group.title} (part ${step.progress.step} of ${step.progress.of}) —\n${step.group.intro}\n`);
      const emergency = () => nextQuestions(answers).status === 'emergency';
      for (const list of step.group.lists ?? []) {
        const items = step.questions.filter((q): q is FindingQuestion => q.kind === 'finding' && q.list === list.id);
        if (items.length > 0) answers = await askList(list, items, answers, ask, talk);
        if (emergency()) break;
      }
      for (const question of step.questions) {
        if (emergency()) break; // stop at the first emergency answer
        if (question.kind === 'finding' && question.list) continue;
        if (!questionApplies(question, answers)) continue; // e.g. pregnancy, once the answer is male
        answers = await askQuestion(question, answers, ask, talk);
      }
    }
  } catch (error) {
    if (!(error instanceof InputEnded)) throw error;
    await write(io.stderr, 'unknot check: input ended before the check was finished\n');
    return 1;
  } finally {
    close();
  }
}
