// Configuration: parsed once at start from the environment; every problem is reported together.
// Secrets are never logged: `describeConfig` shows only whether they are set.
import { resolve } from 'node:path';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export type Config = Readonly<{
  port: number;
  host: string;
  /** Where the embedded PostgreSQL, the generated auth secret and the lock file live. */
  dataDir: string;
  /** An external PostgreSQL; when absent, a private one is embedded in dataDir. */
  databaseUrl: string | undefined;
  /** When absent, generated once and kept in dataDir (mode 0600). */
  authSecret: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** The URL people use to reach the app (for auth cookies and origin checks). */
  publicUrl: string;
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address (the sign-in throttle
   * counts per address): false, a number of proxy hops, or a list of proxy addresses and CIDRs.
   */
  trustProxy: boolean | number | string;
  /**
   * The VAPID key pair reminders are pushed with (base64url, as web-push makes them); when
   * absent, generated once and kept in dataDir (mode 0600). Several app servers share one pair.
   */
  vapid: { publicKey: string; privateKey: string } | undefined;
  /** Who push services may contact about our pushes: a mailto: or https: URL. */
  vapidSubject: string;
  /**
   * Test and e2e only: accept Web Push endpoints on http://127.0.0.1 and http://localhost (a
   * local push receiver). Otherwise only https endpoints on a host name are accepted.
   */
  pushAllowLoopback: boolean;
  /** The operator's licensed questionnaire text (docs/operations.md); never shipped with Unknot. */
  instrumentTextFile: string | undefined;
}>;

/** A boolean, a hop count, or a comma list of IPv4/IPv6 addresses with optional /prefix. */
const TRUST_PROXY_FORMAT =
  /^(?:false|true|\d{1,2}|[0-9A-Fa-f.:]+(?:\/\d{1,3})?(?:\s*,\s*[0-9A-Fa-f.:]+(?:\/\d{1,3})?)*)$/;

function trustProxyFrom(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value.replace(/\s+/g, '');
}

/** The value for Fastify's trustProxy option (a hop count as the function Fastify makes of it). */
export function trustProxyOption(
  value: Config['trustProxy'],
): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a whole number from 0 to 65535' })
    .int({ error: 'PORT must be a whole number from 0 to 65535' })
    .min(0, { error: 'PORT must be a whole number from 0 to 65535' })
    .max(65535, { error: 'PORT must be a whole number from 0 to 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'HOST must not be empty' }).default('127.0.0.1'),
  DATA_DIR: z.string().min(1, { error: 'DATA_DIR must not be empty' }).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must start with postgres:// or postgresql://' })
    .optional(),
  AUTH_SECRET: z.string().min(32, { error: 'AUTH_SECRET must be at least 32 characters' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('warn'),
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL must be a URL such as http://127.0.0.1:3000' }).optional(),
  TRUST_PROXY: z
    .string()
    .regex(TRUST_PROXY_FORMAT, {
      error:
        'TRUST_PROXY must be false, true, a number of proxy hops (such as 1), or proxy addresses and CIDRs separated by commas (such as 10.0.0.0/8,127.0.0.1)',
    })
    .optional(),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, {
      error:
        'VAPID_PUBLIC_KEY must be a base64url P-256 public key (87 characters, as `npx web-push generate-vapid-keys` prints)',
    })
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, {
      error:
        'VAPID_PRIVATE_KEY must be a base64url P-256 private key (43 characters, as `npx web-push generate-vapid-keys` prints)',
    })
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, {
      error: 'VAPID_SUBJECT must be a mailto: address or an https: URL where push services can reach you',
    })
    .optional(),
  PUSH_ALLOW_LOOPBACK: z.enum(['0', '1'], { error: 'PUSH_ALLOW_LOOPBACK must be 0 or 1' }).default('0'),
  INSTRUMENT_TEXT_FILE: z.string().optional(),
});

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  const e = parsed.data;
  if ((e.VAPID_PUBLIC_KEY === undefined) !== (e.VAPID_PRIVATE_KEY === undefined)) {
    return {
      ok: false,
      problems: ['Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither (then a pair is generated in DATA_DIR)'],
    };
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(
    /\/$/,
    '',
  );
  const config: Config = Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    authSecret: e.AUTH_SECRET,
    logLevel: e.LOG_LEVEL,
    publicUrl,
    trustProxy: trustProxyFrom(e.TRUST_PROXY),
    vapid:
      e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY
        ? Object.freeze({ publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY })
        : undefined,
    vapidSubject: e.VAPID_SUBJECT ?? (publicUrl.startsWith('https://') ? publicUrl : 'mailto:unknot@localhost'),
    pushAllowLoopback: e.PUSH_ALLOW_LOOPBACK === '1',
    instrumentTextFile: e.INSTRUMENT_TEXT_FILE === undefined ? undefined : resolve(e.INSTRUMENT_TEXT_FILE),
  });
  return { ok: true, config };
}

/** For the start-up log line: secrets only as "set" or "generated". */
export function describeConfig(config: Config): Record<string, string | number> {
  return {
    port: config.port,
    host: config.host,
    database: config.databaseUrl ? 'external (DATABASE_URL set)' : `embedded in ${config.dataDir}`,
    authSecret: config.authSecret ? 'set' : 'generated in data dir',
    logLevel: config.logLevel,
    trustProxy: String(config.trustProxy),
    vapidKeys: config.vapid ? 'set' : 'generated in data dir',
    pushAllowLoopback: String(config.pushAllowLoopback),
    instrumentTextFile: config.instrumentTextFile ?? 'none',
  };
}
