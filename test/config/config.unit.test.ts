import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_JWT_SECRET, DEV_PSEUDONYM_KEY, loadConfig } from '../../src/config/config.js';

// The access log's checkpoint key (an Ed25519 PEM) and its runtime role, which production requires (issue 16).
const AUDIT_CHECKPOINT_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('configuration', () => {
  it('has development defaults that need nothing set: embedded database, loopback, dev signing key', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.database.url).toBeUndefined();
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(4000);
    expect(config.embedded.port).not.toBe(5432);
    expect(config.jwt.secret).toBe(DEV_JWT_SECRET);
    expect(config.graphql.introspection).toBe(true);
  });

  it('names every bad variable', () => {
    const message = problems({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\//);
    expect(message).toMatch(/LOG_LEVEL: /);
  });

  it('in production requires a JWKS URL or public key and a pseudonym key, refuses the shared secret, and closes introspection', () => {
    expect(problems({ NODE_ENV: 'production' })).toMatch(/JWT_JWKS_URL: production needs JWT_JWKS_URL or JWT_PUBLIC_KEY/);
    expect(problems({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/jwks' })).toMatch(/PSEUDONYM_KEY: production needs its own key/);
    const PSEUDONYM_KEY = 'p'.repeat(40);
    expect(problems({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/jwks', JWT_SECRET: 'x'.repeat(40) })).toMatch(
      /JWT_SECRET: HS256 shared secrets are for development only/,
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_JWKS_URL: 'https://idp.example/jwks',
      DATABASE_URL: 'postgres://db/hub',
      DATABASE_APP_URL: 'postgres://app@db/hub',
      PSEUDONYM_KEY,
      AUDIT_CHECKPOINT_KEY,
    });
    expect(config.pseudonymKey).toBe(PSEUDONYM_KEY);
    expect(config.jwt.secret).toBeUndefined();
    expect(config.graphql.introspection).toBe(false);
    expect(config.host).toBe('0.0.0.0');
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/jwks', GRAPHQL_INTROSPECTION: 'true', PSEUDONYM_KEY, AUDIT_CHECKPOINT_KEY })
        .graphql.introspection,
    ).toBe(true);
  });

  it("in production requires the access log's checkpoint key and, with DATABASE_URL, the role the hub runs as (docs/audit-log.md)", () => {
    const production = { NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/jwks', PSEUDONYM_KEY: 'p'.repeat(40) };
    expect(problems(production)).toMatch(/AUDIT_CHECKPOINT_KEY: production needs its own Ed25519 key/);
    expect(problems({ ...production, AUDIT_CHECKPOINT_KEY: 'not a key' })).toMatch(/AUDIT_CHECKPOINT_KEY: must be an Ed25519 private key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(problems({ ...production, AUDIT_CHECKPOINT_KEY: rsa })).toMatch(/AUDIT_CHECKPOINT_KEY: must be an Ed25519 private key/);
    expect(problems({ ...production, AUDIT_CHECKPOINT_KEY, DATABASE_URL: 'postgres://owner@db/hub' })).toMatch(
      /DATABASE_APP_URL: production with DATABASE_URL/,
    );
    // The embedded database creates its runtime role itself.
    expect(loadConfig({ ...production, AUDIT_CHECKPOINT_KEY }).audit.checkpoint).toMatchObject({ key: AUDIT_CHECKPOINT_KEY, intervalSeconds: 60 });
  });

  it('in production refuses the development pseudonym key, which is public (issue 16)', () => {
    const production = { NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/jwks' };
    expect(problems({ ...production, PSEUDONYM_KEY: DEV_PSEUDONYM_KEY })).toMatch(/PSEUDONYM_KEY: the development key is public/);
    // Outside production it is the default.
    expect(loadConfig({ NODE_ENV: 'test' }).pseudonymKey).toBe(DEV_PSEUDONYM_KEY);
  });

  it("bounds token lifetimes (12 h by default) and the age of the identity provider's key set (10 min)", () => {
    expect(loadConfig({}).jwt).toMatchObject({ maxLifetimeSeconds: 12 * 3600, jwksMaxAgeSeconds: 600 });
    expect(loadConfig({ JWT_MAX_LIFETIME_SECONDS: '3600', JWT_JWKS_MAX_AGE_SECONDS: '60' }).jwt).toMatchObject({
      maxLifetimeSeconds: 3600,
      jwksMaxAgeSeconds: 60,
    });
    const message = problems({ JWT_MAX_LIFETIME_SECONDS: '8h', JWT_JWKS_MAX_AGE_SECONDS: '0' });
    expect(message).toMatch(/JWT_MAX_LIFETIME_SECONDS: /);
    expect(message).toMatch(/JWT_JWKS_MAX_AGE_SECONDS: /);
  });

  it('refuses a development secret shorter than 32 characters', () => {
    expect(problems({ JWT_SECRET: 'short' })).toMatch(/JWT_SECRET: must be at least 32 characters/);
  });
});
