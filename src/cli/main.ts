// `unknot <command>`: the command-line interface around the engine.
import { DEFAULT_EMERGENCY_REGIONS, REGIONS } from '#knowledge';
import { assessCommand } from './assess-command.ts';
import { checkCommand } from './check-command.ts';
import { type Io, processIo, write } from './io.ts';

const NUMBERS = REGIONS.filter((r) => DEFAULT_EMERGENCY_REGIONS.includes(r.id))
  .map((r) => `${r.emergency.number} ${r.name}`)
  .join(', ');

const USAGE = `Unknot — safe, explained help for lower back spasms. Not a diagnosis: in an emergency, call your emergency number (${NUMBERS}).

Usage:
  unknot assess [FILE]     Read an intake (JSON; FILE, or standard input when FILE is - or absent)
                           or an array of intakes, and print the assessment JSON.
  unknot check [--json] [--region uk|eu|us|other]
                           Answer the questions in the terminal and read the result.
                           --json prints the assessment JSON instead of text;
                           --region gives that region's emergency number and care routes.
  unknot serve             Start the server: API on http://127.0.0.1:3000 with a private
                           database in ./data (see README for PORT, DATA_DIR, DATABASE_URL).
  unknot --help            Show this help.
`;

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'assess':
      return assessCommand(rest, io);
    case 'check':
      return checkCommand(rest, io);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      await write(command === undefined ? io.stderr : io.stdout, USAGE);
      return command === undefined ? 2 : 0;
    default:
      await write(io.stderr, `unknot: unknown command "${command}" (try unknot --help)\n`);
      return 2;
  }
}
