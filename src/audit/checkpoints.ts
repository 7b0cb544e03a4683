import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/**
 * Signed checkpoints of the access log's head (docs/audit-log.md). The hash chain shows an entry
 * changed in place, but not entries removed from the end, nor a log rewritten and re-hashed from some
 * entry on: both leave a chain that holds. So every so often the hub signs the head (seq and hash)
 * with an Ed25519 key the database never sees and appends it to a file outside the database; the
 * check then requires every checkpointed entry to still have its hash, and the log to reach the
 * last checkpoint.
 */

export interface CheckpointSettings {
  /** JSON lines, appended to only (AUDIT_CHECKPOINT_FILE). */
  file: string;
  /** PEM Ed25519 private key (AUDIT_CHECKPOINT_KEY); unset outside production: a key generated once beside the file. */
  key?: string;
  /** How often the head is checkpointed (AUDIT_CHECKPOINT_SECONDS). */
  intervalSeconds: number;
}

/** One line of the file. */
interface Checkpoint {
  v: 1;
  /** The database whose log it is (current_database()): one file per database. */
  database: string;
  seq: string;
  hash: string;
  /** When it was signed. */
  at: string;
  /** Which key signed it: the first 16 hex digits of the SHA-256 of its public key (SPKI DER). */
  kid: string;
  /** Ed25519 signature (base64) of signedText(). */
  sig: string;
}

export interface CheckpointKey {
  privateKey?: KeyObject;
  publicKey: KeyObject;
  kid: string;
}

const signedText = (c: Pick<Checkpoint, 'v' | 'database' | 'seq' | 'hash' | 'at'>) =>
  Buffer.from(JSON.stringify(['integration-hub access log checkpoint', c.v, c.database, c.seq, c.hash, c.at]));

const keyId = (publicKey: KeyObject) =>
  createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);

/** The development key: generated once beside the checkpoint file, readable by its owner only. */
export const devKeyFile = (settings: CheckpointSettings) => path.join(path.dirname(path.resolve(settings.file)), 'audit-checkpoint-key.pem');

/** The signing key: the configured one, or (outside production, where config requires one) the development key. */
export function loadCheckpointKey(settings: CheckpointSettings): CheckpointKey {
  let pem = settings.key;
  if (!pem) {
    const file = devKeyFile(settings);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const { privateKey } = generateKeyPairSync('ed25519');
      // 'wx': two processes starting at once do not overwrite each other's key; the loser reads the winner's.
      try {
        fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    pem = fs.readFileSync(file, 'utf8');
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the access log checkpoint key must be an Ed25519 private key');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, kid: keyId(publicKey) };
}

function signCheckpoint(key: CheckpointKey, head: { database: string; seq: string; hash: string }, at = new Date()): Checkpoint {
  if (!key.privateKey) throw new Error('a checkpoint needs the private key');
  const body = { v: 1 as const, database: head.database, seq: head.seq, hash: head.hash, at: at.toISOString() };
  return { ...body, kid: key.kid, sig: sign(null, signedText(body), key.privateKey).toString('base64') };
}

/** The head of the log (null while it is empty), with the database it is in. */
async function logHead(em: EntityManager): Promise<{ database: string; seq: string; hash: string } | null> {
  const [head] = await em
    .getConnection()
    .execute<{ database: string; seq: string; hash: string }[]>(
      'select current_database() as database, seq::text as seq, hash from audit_log order by audit_log.seq desc limit 1',
    );
  return head ?? null;
}

/** What the check holds the log to: each checkpoint that signed, by seq, and the furthest. */
export interface Anchors {
  file: string;
  /** The hash each checkpointed entry had, and the line that says so (the first, if several agree). */
  bySeq: Map<bigint, { hash: string; line: number; at: string }>;
  last: { seq: bigint; hash: string; line: number; at: string } | null;
  /** Lines that do not hold: not a checkpoint, a signature that does not verify, another database, two hashes for one entry. */
  problems: { line: number; seq: bigint | null; reason: string }[];
  count: number;
}

interface FileState {
  ino: number;
  offset: number;
  lines: number;
  anchors: Anchors;
  database: string;
  kid: string;
}
// Read once, then only what was appended since: the file grows by a line a minute, and each
// signature takes tens of microseconds to verify.
const readSoFar = new Map<string, FileState>();

/**
 * Reads the checkpoint file and verifies every line: its signature under `key`, its database. A
 * missing file holds no checkpoints (a log that has never been checkpointed).
 */
function loadAnchors(file: string, key: CheckpointKey, database: string): Anchors {
  const resolved = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: resolved, bySeq: new Map(), last: null, problems: [], count: 0 };
    throw error;
  }
  let state = readSoFar.get(resolved);
  // Truncated or replaced files are read again from the start (and then show what is missing).
  if (!state || state.ino !== stat.ino || stat.size < state.offset || state.database !== database || state.kid !== key.kid) {
    state = { ino: stat.ino, offset: 0, lines: 0, database, kid: key.kid, anchors: { file: resolved, bySeq: new Map(), last: null, problems: [], count: 0 } };
    readSoFar.set(resolved, state);
  }
  if (stat.size > state.offset) {
    const fd = fs.openSync(resolved, 'r');
    let text: string;
    try {
      const buffer = Buffer.alloc(stat.size - state.offset);
      const read = fs.readSync(fd, buffer, 0, buffer.length, state.offset);
      text = buffer.subarray(0, read).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
    // Up to the last complete line: a writer may be half-way through the next.
    const complete = text.lastIndexOf('\n') + 1;
    for (const raw of text.slice(0, complete).split('\n').slice(0, -1)) {
      state.lines += 1;
      if (raw.trim()) addLine(state.anchors, raw, state.lines, key, database);
    }
    state.offset += Buffer.byteLength(text.slice(0, complete));
  }
  return state.anchors;
}

function addLine(anchors: Anchors, raw: string, line: number, key: CheckpointKey, database: string): void {
  let c: Checkpoint;
  try {
    c = JSON.parse(raw) as Checkpoint;
  } catch {
    anchors.problems.push({ line, seq: null, reason: `line ${line} of ${anchors.file} is not a checkpoint` });
    return;
  }
  const seq = typeof c.seq === 'string' && /^[1-9]\d{0,18}$/.test(c.seq) ? BigInt(c.seq) : null;
  const bad = (reason: string) => anchors.problems.push({ line, seq, reason: `checkpoint on line ${line} of ${anchors.file}: ${reason}` });
  if (c.v !== 1 || seq === null || typeof c.hash !== 'string' || typeof c.at !== 'string' || typeof c.sig !== 'string' || typeof c.database !== 'string')
    return void bad('not a checkpoint');
  if (c.kid !== key.kid) return void bad(`signed by another key (${String(c.kid)}, not ${key.kid})`);
  if (!verify(null, signedText(c), key.publicKey, Buffer.from(c.sig, 'base64'))) return void bad('its signature does not verify: the file was changed');
  if (c.database !== database) return void bad(`it is of database ${c.database}, not ${database}: give each database its own AUDIT_CHECKPOINT_FILE`);
  anchors.count += 1;
  const known = anchors.bySeq.get(seq);
  if (known && known.hash !== c.hash) return void bad(`entry ${seq} had hash ${known.hash} at line ${known.line}, and ${c.hash} here`);
  if (!known) anchors.bySeq.set(seq, { hash: c.hash, line, at: c.at });
  if (!anchors.last || seq > anchors.last.seq) anchors.last = { seq, hash: c.hash, line, at: c.at };
}

/**
 * The anchors of the log at `em`'s database, from the checkpoint file and key of `settings`. A file
 * or key that cannot be read is itself a problem the check reports: it cannot vouch for the log.
 */
export async function anchorsFor(em: EntityManager, settings: CheckpointSettings, key?: () => CheckpointKey): Promise<Anchors> {
  const [{ database }] = (await em.getConnection().execute<{ database: string }[]>('select current_database() as database')) as [{ database: string }];
  try {
    return loadAnchors(settings.file, key ? key() : loadCheckpointKey(settings), database);
  } catch (error) {
    const reason = `the checkpoints in ${settings.file} cannot be read: ${(error as Error).message}`;
    return { file: path.resolve(settings.file), bySeq: new Map(), last: null, problems: [{ line: 0, seq: null, reason }], count: 0 };
  }
}

interface CheckpointStatus {
  /** false after a failed attempt, until one succeeds. */
  ok: boolean;
  error?: string;
  lastSeq?: string;
  lastAt?: string;
}

export interface AuditCheckpoints {
  settings: CheckpointSettings;
  key(): CheckpointKey;
  /** Checkpoints the head now if it moved since this process last did (null: it did not, or the log is empty). */
  checkpoint(): Promise<Checkpoint | null>;
  status(): CheckpointStatus;
  /** Stops the timer, waits for an attempt in flight, and checkpoints the head one last time. */
  stop(): Promise<void>;
}

// Per ORM: the verifyAuditChain query finds the settings (file and key) of the hub that answers it.
const byOrm = new WeakMap<object, AuditCheckpoints>();
export const checkpointsOf = (em: EntityManager): AuditCheckpoints | undefined => byOrm.get(em.config);

/**
 * Checkpoints the head every `intervalSeconds`. Failures (an unwritable file, the database away) are
 * logged and tried again at the next tick: they never stop the hub.
 */
export function startAuditCheckpoints({ orm, settings, log }: { orm: MikroORM; settings: CheckpointSettings; log: Logger }): AuditCheckpoints {
  let key: CheckpointKey | undefined;
  const getKey = () => (key ??= loadCheckpointKey(settings));
  let lastSeq: string | undefined;
  const status: CheckpointStatus = { ok: true };
  let inFlight: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const checkpoint = async (): Promise<Checkpoint | null> => {
    const head = await logHead(orm.em.fork());
    if (!head || head.seq === lastSeq) return null;
    const c = signCheckpoint(getKey(), head);
    await fs.promises.mkdir(path.dirname(path.resolve(settings.file)), { recursive: true });
    // flag 'a' is O_APPEND: each line lands whole at the end, whichever hub process writes it.
    await fs.promises.appendFile(settings.file, `${JSON.stringify(c)}\n`, { flag: 'a', mode: 0o640 });
    lastSeq = head.seq;
    Object.assign(status, { ok: true, error: undefined, lastSeq: c.seq, lastAt: c.at });
    return c;
  };
  const attempt = () => {
    const run = inFlight.then(checkpoint).catch((err: Error) => {
      Object.assign(status, { ok: false, error: err.message });
      log.error({ err, file: settings.file }, 'access log checkpoint failed; truncation of the newest entries would go unseen until one succeeds');
      return null;
    });
    inFlight = run;
    return run;
  };
  const timer = setInterval(() => {
    if (!stopped) void attempt();
  }, settings.intervalSeconds * 1000);
  timer.unref();

  const checkpoints: AuditCheckpoints = {
    settings,
    key: getKey,
    checkpoint: attempt,
    status: () => ({ ...status }),
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await attempt();
    },
  };
  byOrm.set(orm.config, checkpoints);
  return checkpoints;
}
