// `unknot assess [FILE]` (contract §6): an intake, or an array of intakes, as JSON in; exactly the
// assessment JSON out. Invalid input: exit 2, nothing on stdout, one line per problem on stderr.
import { readFile } from 'node:fs/promises';
import { formatProblem, type Problem, parseIntake } from '#contract';
import { assess, type Intake } from '#engine';
import { type Io, readAll, write } from './io.ts';

export const EXIT_INVALID = 2;

async function readInput(file: string | undefined, io: Io): Promise<string> {
  if (file === undefined || file === '-') return readAll(io.stdin);
  return readFile(file, 'utf8');
}

export function validateBatch(input: unknown): { intakes: Intake[]; problems: Problem[]; batch: boolean } {
  const batch = Array.isArray(input);
  const items: unknown[] = batch ? input : [input];
  const intakes: Intake[] = [];
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const result = parseIntake(item, batch ? [index] : []);
    if (result.ok) intakes.push(result.value);
    else problems.push(...result.problems);
  });
  return { intakes, problems, batch };
}

export async function assessCommand(args: readonly string[], io: Io): Promise<number> {
  if (args.length > 1) {
    await write(io.stderr, `unknot assess: expected at most one FILE, got ${args.length} arguments\n`);
    return EXIT_INVALID;
  }
  let text: string;
  try {
    text = await readInput(args[0], io);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    await write(io.stderr, `unknot assess: cannot read ${args[0]}: ${reason}\n`);
    return EXIT_INVALID;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    await write(io.stderr, `(input): not valid JSON (${(error as Error).message})\n`);
    return EXIT_INVALID;
  }
  const { intakes, problems, batch } = validateBatch(input);
  if (problems.length > 0) {
    await write(io.stderr, problems.map((p) => `${formatProblem(p)}\n`).join(''));
    return EXIT_INVALID;
  }
  const assessments = intakes.map((intake) => assess(intake));
  await write(io.stdout, `${JSON.stringify(batch ? assessments : assessments[0])}\n`);
  return 0;
}
