// The CLI as a user runs it: ./bin/unknot in a child process (contract §6).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '#contract';
import { main } from './main.ts';
import { wrapLines } from './wrap.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'unknot');
const run = (args: string[], input?: string) => {
  const r = spawnSync(bin, args, { input: input ?? '', encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const lifting = { age: 34, onsetDaysAgo: 1, painNow: 6, findings: ['heavy_lifting', 'onset_during_lift_or_twist'] };

describe('unknot assess', () => {
  it('assesses one intake from stdin and prints exactly the assessment JSON', () => {
    const r = run(['assess'], JSON.stringify(lifting));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout);
    expect(AssessmentSchema.parse(a).disposition).toBe('self_care');
    expect(a.causes[0].code).toBe('lifting_strain');
  });

  it('reads a FILE, and "-" as stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-cli-'));
    const file = join(dir, 'intake.json');
    writeFileSync(file, JSON.stringify({ ...lifting, findings: ['saddle_numbness'] }));
    expect(JSON.parse(run(['assess', file]).stdout).disposition).toBe('emergency');
    expect(JSON.parse(run(['assess', '-'], JSON.stringify(lifting)).stdout).disposition).toBe('self_care');
  });

  it('assesses a batch in order', () => {
    const batch = [lifting, { age: 39, onsetDaysAgo: 3, findings: ['fever'] }, { age: 15, onsetDaysAgo: 1 }];
    const r = run(['assess'], JSON.stringify(batch));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((a: { disposition: string }) => a.disposition)).toEqual([
      'self_care',
      'urgent',
      'see_doctor',
    ]);
    expect(JSON.parse(run(['assess'], '[]').stdout)).toEqual([]);
  });

  it.each([
    ['not JSON', '{"age":', /^\(input\): not valid JSON/],
    ['an unknown field', '{"age":30,"onsetDaysAgo":1,"mood":"ok"}', /^mood: unknown field$/],
    [
      'an unknown code',
      '{"age":30,"onsetDaysAgo":1,"findings":["back_ache"]}',
      /^findings\[0\]: unknown code "back_ache"$/,
    ],
    ['a wrong type', '{"age":"30","onsetDaysAgo":1}', /^age: must be a whole number/],
    ['a fractional number', '{"age":30.5,"onsetDaysAgo":1}', /^age: must be a whole number/],
    [
      'an out-of-range number',
      '{"age":30,"onsetDaysAgo":1,"painNow":11}',
      /^painNow: must be a whole number between 0 and 10$/,
    ],
    [
      'a duplicate code',
      '{"age":30,"onsetDaysAgo":1,"findings":["fever","fever"]}',
      /^findings\[1\]: duplicate code "fever"$/,
    ],
    [
      'a code in both lists',
      '{"age":30,"onsetDaysAgo":1,"findings":["fever"],"unsure":["fever"]}',
      /^unsure\[0\]: "fever" is in both/,
    ],
    ['a missing field', '{"age":30}', /^onsetDaysAgo: is required$/],
  ])('rejects %s: exit 2, one line per problem, nothing on stdout', (_name, input, line) => {
    const r = run(['assess'], input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it('names the index of each bad intake in a batch, and prints no partial output', () => {
    const r = run(
      ['assess'],
      JSON.stringify([lifting, { age: -1, onsetDaysAgo: 1 }, { age: 3, onsetDaysAgo: 1, x: 1 }]),
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      '[1].age: must be a whole number between 0 and 120',
      '[2].x: unknown field',
    ]);
  });

  it('reports an unreadable file and extra arguments in one line', () => {
    expect(run(['assess', '/nonexistent/intake.json'])).toMatchObject({ status: 2, stdout: '' });
    expect(run(['assess', '/nonexistent/intake.json']).stderr).toMatch(/^unknot assess: cannot read .*no such file\n$/);
    expect(run(['assess', 'a', 'b']).stderr).toMatch(/at most one FILE/);
  });
});

describe('bin/unknot on an older Node', () => {
  it('refuses to start below Node 20 with one line saying what to install', () => {
    // The reported version is faked before bin/unknot runs; nothing else of it is loaded.
    const fake = "data:text/javascript,Object.defineProperty(process.versions,'node',{value:'18.20.4'})";
    const r = spawnSync(process.execPath, ['--import', fake, bin, 'assess'], {
      input: JSON.stringify(lifting),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^unknot: Node\.js 20 or newer is needed; this is Node\.js 18\.20\.4 \(.*\)\. Install Node\.js 20 or newer/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('unknot check', () => {
  it('stops at the first emergency answer and puts the emergency first', () => {
    const r = run(['check'], '1\n');
    expect(r.status).toBe(0);
    const emergency = r.stdout.indexOf('EMERGENCY');
    expect(emergency).toBeGreaterThan(0);
    expect(r.stdout.slice(emergency)).toMatch(/Call the emergency number now: 999 \/ 112 \/ 911/);
    expect(r.stdout.slice(emergency)).not.toMatch(/\? = not sure/);
  });

  it('walks a self-care story to a result with reasons, plan and what to avoid', () => {
    // Each list: Enter = none of these. Age 34, male, yesterday, pain 6, no earlier episodes
    // given; heavy lifting ticked (3 on the first contributor list).
    const answers = ['', '', '34', '2', '2', '6', '', '', '', '', '3', '', '', ''];
    const r = run(['check', '--json'], `${answers.join('\n')}\n`);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.disposition).toBe('self_care');
    expect(r.stderr).toMatch(/Since this back pain began/);
    expect(a.causes[0].code).toBe('lifting_strain');
    const text = run(['check'], `${answers.join('\n')}\n`).stdout;
    expect(text).toMatch(/Look after it at home/);
    expect(text).toMatch(/Why:/);
    expect(text).toMatch(/What to do:/);
    expect(text).toMatch(/Avoid:/);
  });

  it('re-asks after an invalid answer and shows help on h', () => {
    const r = run(['check'], 'maybe\nh\n1\n');
    expect(r.stdout).toMatch(/Please type numbers from 1 to 9/);
    expect(r.stdout).toMatch(/bike saddle/);
    expect(r.stdout).toMatch(/EMERGENCY/);
  });

  it('exits 1 with one line when input ends early', () => {
    const r = run(['check'], '\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('unknot check: input ended before the check was finished\n');
  });

  it('asks the version 2 emergency questions: pain spreading to the arm is an emergency', () => {
    // None of the cauda-equina signs, then item 2 of the next list: breathlessness or spreading pain.
    const r = run(['check', '--region', 'uk'], '\n2\n');
    expect(r.stdout).toMatch(/pain spreading to the arm, jaw or neck/);
    expect(r.stdout).toMatch(/EMERGENCY — Call the emergency number now: 999\./);
    expect(r.stdout.split('\n').find((l) => l.includes('EMERGENCY'))).not.toMatch(/911/);
    expect(r.stdout).toMatch(/Possible heart problem/);
  });

  it('gives the chosen region its number, and refuses a region it does not know', () => {
    expect(run(['check', '--region=us'], '1\n').stdout).toMatch(/Call the emergency number now: 911\./);
    expect(run(['check', '--region', 'mars'])).toMatchObject({
      status: 2,
      stderr: 'unknot check: --region must be one of uk, eu, us, other, not "mars"\n',
    });
    expect(run(['check', '--region']).stderr).toMatch(/--region must be one of uk, eu, us, other\n/);
  });

  it('offers a self-check for a cauda-equina "not sure", and an emergency if still not sure', () => {
    const calm = run(['check'], '1?\nn\n');
    expect(calm.stdout).toMatch(/toilet paper or tissue/);
    expect(calm.stdout).toMatch(/Now: heart, blood vessels/);
    const unsure = run(['check'], '1?\n?\n');
    expect(unsure.stdout).toMatch(/EMERGENCY/);
    expect(unsure.stdout).toMatch(/you need to be checked now/);
  });

  it('rejects unknown options and commands', () => {
    expect(run(['check', '--xml'])).toMatchObject({ status: 2 });
    expect(run(['frobnicate'])).toMatchObject({ status: 2, stdout: '' });
    expect(run(['--help']).stdout).toMatch(/unknot assess/);
  });
});

describe('help, suggestions and wrapping', () => {
  it.each([
    ['assess', /unknot assess \[FILE\]/],
    ['check', /unknot check \[--json\]/],
    ['serve', /unknot serve/],
  ])('unknot %s --help prints its usage on stdout and exits 0', (command, usage) => {
    for (const flag of ['--help', '-h']) {
      const r = run([command, flag]);
      expect(r).toMatchObject({ status: 0, stderr: '' });
      expect(r.stdout).toMatch(usage);
      expect(r.stdout).not.toMatch(command === 'assess' ? /unknot check/ : /unknot assess/);
    }
  });

  it('suggests the nearest code for a misspelt finding', () => {
    const r = run(['assess'], JSON.stringify({ ...lifting, findings: ['heavy_lifitng'] }));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('findings[0]: unknown code "heavy_lifitng" (did you mean "heavy_lifting"?)\n');
  });

  /** `unknot check` in-process, its stdout a terminal `columns` wide (or not a terminal). */
  const checkIn = async (columns: number | undefined, input: string) => {
    const stdout = Object.assign(new PassThrough(), columns ? { isTTY: true, columns } : {});
    let text = '';
    stdout.on('data', (chunk) => {
      text += chunk;
    });
    const stdin = new PassThrough();
    stdin.end(input);
    await main(['check'], { stdin, stdout, stderr: new PassThrough() });
    return text;
  };
  // The self-care story above: every list none, age 34, male, yesterday, pain 6, heavy lifting.
  const story = `${['', '', '34', '2', '2', '6', '', '', '', '', '3', '', '', ''].join('\n')}\n`;

  it.each([
    [50, 50],
    [120, 120],
    [undefined, 78],
  ])(
    'wraps questions, prompts and the result at the terminal width (%s → %i) without breaking words',
    async (columns, width) => {
      const text = await checkIn(columns, story);
      expect(text).toMatch(/Unknot does not diagnose/);
      const lines = text.split('\n');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      // Words stay whole: every word of the first list item is on its lines, in order.
      expect(text).toMatch(/1\. Numbness or tingling between your legs or\s+around your bottom/);
      if (width === 120) expect(lines.some((line) => line.length > 78)).toBe(true);
    },
  );

  it("wraps list items under their text and keeps a prompt's trailing space", () => {
    expect(wrapLines('  1. one two three four', 12)).toBe('  1. one two\n     three\n     four');
    expect(wrapLines('Pick one or more here > ', 12)).toBe('Pick one or\nmore here > ');
    expect(wrapLines('a-very-long-word-indeed b', 8)).toBe('a-very-long-word-indeed\nb');
  });
});
