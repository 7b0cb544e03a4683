import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { ResponseParts } from '../read/json-text.js';

/** Bytes under which a response is joined and written at once. */
const SMALL = 16 * 1024;

/**
 * GraphQL over HTTP on Express: Apollo Server's Express integration (@as-integrations/express5), with
 * one addition: a response whose root rows PostgreSQL wrote (read/json-text.ts ResponseParts) is
 * sent as its parts' bytes, the rows' UTF-8 as it came from the database.
 */
export function graphqlHttp<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: ContextFunction<[{ req: Request; res: Response }], TContext>,
): RequestHandler {
  server.assertStarted('graphqlHttp()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const body = response.body.string as unknown;
      if (body instanceof ResponseParts) {
        const parts = body.buffers();
        const length = parts.reduce((n, p) => n + p.length, 0);
        res.setHeader('content-length', length);
        // A page is written part by part (one writev), the rows' bytes as they were read: joined first,
        // each response would copy them once more into memory outside the heap, whose growth makes
        // V8 collect more often. A small response (one row) costs less as one write.
        if (length < SMALL) return void res.end(Buffer.concat(parts, length));
        res.cork();
        for (const part of parts) res.write(part);
        res.end();
      } else res.send(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
