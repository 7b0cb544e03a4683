import { generateKeyPairSync } from 'node:crypto';

/** A key pair as PEM: an identity provider's token key, or the access log's checkpoint key. */
const pemKeys = (type: 'ec' | 'ed25519') => {
  const { publicKey, privateKey } = type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};

/**
 * What production requires beside the database (config.ts): tokens verified with an identity provider's
 * public key (ES256, `tokenKey` signs them), its own pseudonym key, a checkpoint key. For tests that start
 * a hub with production's behaviour; the test hub gives the database URLs.
 */
export function productionEnv(): { env: Record<string, string>; tokenKey: { publicKey: string; privateKey: string } } {
  const tokenKey = pemKeys('ec');
  return {
    tokenKey,
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      JWT_PUBLIC_KEY: tokenKey.publicKey,
      JWT_PUBLIC_KEY_ALG: 'ES256',
      PSEUDONYM_KEY: 'a-pseudonym-key-of-this-test-only-0123456789',
      AUDIT_CHECKPOINT_KEY: pemKeys('ed25519').privateKey,
    },
  };
}
