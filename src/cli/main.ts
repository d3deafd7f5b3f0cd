// `unknot <command>`: the command-line interface around the engine.
import { DEFAULT_EMERGENCY_REGIONS, REGIONS } from '#knowledge';
import { assessCommand } from './assess-command.ts';
import { checkCommand } from './check-command.ts';
import { type Io, processIo, write } from './io.ts';
import { terminalWidth, wrapLines } from './wrap.ts';

const NUMBERS = REGIONS.filter((r) => DEFAULT_EMERGENCY_REGIONS.includes(r.id))
  .map((r) => `${r.emergency.number} ${r.name}`)
  .join(', ');

const HEADER = `Unknot — safe, explained help for lower back spasms. Not a diagnosis: in an emergency, call your emergency number (${NUMBERS}).`;

/** Each command's usage, shown by `unknot COMMAND --help` and together by `unknot --help`. */
export const COMMAND_USAGE = {
  assess: `  unknot assess [FILE]     Read an intake, or an array of intakes, as JSON
                           from FILE (or standard input when FILE is - or
                           absent), and print the assessment JSON. A problem
                           in the input: exit 2, one line per problem on
                           stderr.
`,
  check: `  unknot check [--json] [--region uk|eu|us|other]
                           Answer the questions in the terminal and read the
                           result. --json prints the assessment JSON instead
                           of text; --region gives that region's emergency
                           number and care routes.
`,
  serve: `  unknot serve             Start the server: API on http://127.0.0.1:3000 with
                           a private database in ./data (see README for PORT,
                           DATA_DIR, DATABASE_URL, LOG_LEVEL). Ctrl+C stops
                           it.
`,
} as const;

type Command = keyof typeof COMMAND_USAGE;

const USAGE = `${HEADER}

Usage:
${COMMAND_USAGE.assess}${COMMAND_USAGE.check}${COMMAND_USAGE.serve}  unknot COMMAND --help    Show one command's help.
  unknot --help            Show this help.
`;

const isHelp = (arg: string) => arg === '--help' || arg === '-h';
const say = (stream: Io['stdout'], text: string) => write(stream, wrapLines(text, terminalWidth(stream)));

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command && Object.hasOwn(COMMAND_USAGE, command) && rest.some(isHelp)) {
    await say(io.stdout, `${HEADER}\n\nUsage:\n${COMMAND_USAGE[command as Command]}`);
    return 0;
  }
  switch (command) {
    case 'assess':
      return assessCommand(rest, io);
    case 'check':
      return checkCommand(rest, io);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      await say(command === undefined ? io.stderr : io.stdout, USAGE);
      return command === undefined ? 2 : 0;
    case 'serve':
      // bin/unknot starts the server itself; only its --help comes here.
      await write(io.stderr, 'unknot: start the server with bin/unknot serve or npm start\n');
      return 2;
    default:
      await write(io.stderr, `unknot: unknown command "${command}" (try unknot --help)\n`);
      return 2;
  }
}
