import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import helmet from 'helmet';
import type { Config } from '../config/config.js';
import { PURPOSE_MAX_LENGTH, unitProblem } from '../access/principal.js';
import { ROLES, type Role } from '../domain/institutions.js';
import { signDevToken } from '../access/tokens.js';
import { ErrorCode } from '../shared/errors.js';
import { sendRequestError } from './http-errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where `npm run build` puts the console (console/vite.config.ts): dist/console, seen from the sources
 * (src/server, under tsx) or from the build (dist/src/server).
 */
const CONSOLE_DIRECTORIES = [path.resolve(here, '../../dist/console'), path.resolve(here, '../../console')];

/**
 * The console's headers: nothing but the hub's own scripts, styles and API, no inline script,
 * never in a frame. HSTS only in production (development is served over plain HTTP).
 * `connectOrigins`: the identity provider's origin, whose discovery document and token endpoint the
 * console fetches when it signs in with OpenID Connect (config.console.oidc); nothing else.
 */
const consoleHeaders = (isProduction: boolean, connectOrigins: string[] = []) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // 'unsafe-inline' for styles only, for GraphiQL (pages/graphiql): its editor, Monaco, writes its theme as <style>
        // elements and places its lines with style attributes in markup it builds, neither able to carry a nonce. Scripts
        // stay 'self' alone (no inline script, no eval), so no style can run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...connectOrigins],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: isProduction,
    crossOriginEmbedderPolicy: true,
  });

/**
 * The admin console at /console: its built files, index.html for the client's routes, and in
 * development only POST /console/dev-token (a picker's development token). Without a build
 * (development before `npm run build`) it answers 503 with what to do.
 */
export function consoleRouter(config: Config, directories: string[] = CONSOLE_DIRECTORIES): express.Router {
  const router = express.Router();
  const { oidc } = config.console;
  router.use(consoleHeaders(config.isProduction, oidc ? [new URL(oidc.issuer).origin] : []));

  // How the console signs in (console/src/auth): the development picker outside production; the
  // institutions' identity provider when one is configured (a public client: no secret to hand out).
  router.get('/config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json({ devSignIn: !config.isProduction, oidc });
  });

  if (!config.isProduction) {
    router.post('/dev-token', express.json({ limit: 4096 }), async (req, res) => {
      const refuse = (field: string, message: string) => sendRequestError(req, res, 400, message, { code: ErrorCode.BAD_USER_INPUT, field });
      const { role, unit, purpose } = (req.body ?? {}) as { role?: unknown; unit?: unknown; purpose?: unknown };
      if (typeof role !== 'string' || !(ROLES as string[]).includes(role)) return refuse('role', `role must be one of ${ROLES.join(', ')}`);
      const givenUnit = typeof unit === 'string' && unit.trim() ? unit.trim() : null;
      const problem = unitProblem(role as Role, givenUnit);
      if (problem) return refuse('unit', problem);
      if (typeof purpose !== 'string' || !purpose.trim() || purpose.length > PURPOSE_MAX_LENGTH) {
        return refuse('purpose', `purpose must be text of 1 to ${PURPOSE_MAX_LENGTH} characters`);
      }
      if (!config.jwt.secret) return sendRequestError(req, res, 503, 'Development tokens need JWT_SECRET.', { code: ErrorCode.SERVICE_UNAVAILABLE });
      const token = await signDevToken(config.jwt, { role, unit: givenUnit, purpose: purpose.trim() });
      res.set('cache-control', 'no-store').json({ token });
    });
  }

  const built = () => directories.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  // One static handler per folder (a build may appear after start-up, in development).
  const statics = new Map<string, express.RequestHandler>();
  router.use((req, res, next) => {
    const dir = built();
    if (!dir) {
      res.status(503).type('text/plain').send('The console is not built: run `npm run build` (or `npm run build:console`), then reload.\n');
      return;
    }
    // Hashed file names: cached for good; index.html is asked for afresh.
    if (!statics.has(dir)) statics.set(dir, express.static(dir, { index: false, immutable: true, maxAge: '365d', fallthrough: true }));
    statics.get(dir)!(req, res, next);
  });
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/assets/')) return next();
    // The client's own routes: index.html.
    res.set('cache-control', 'no-cache').sendFile(path.join(built()!, 'index.html'));
  });
  return router;
}
