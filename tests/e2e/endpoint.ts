// A local HTTP endpoint for submissions (127.0.0.1 only): serves a survey definition that names
// it as its endpoint, and records every POST it receives.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './fixtures';

export interface Received { headers: http.IncomingHttpHeaders; body: string }

export interface Endpoint {
  /** URL of the definition (with its submission endpoint set to this server). */
  surveyUrl: string;
  received: Received[];
  close(): Promise<void>;
}

/** Sets the CORS headers a cross-origin runtime needs, and answers a preflight or a request for
 * the definition; false for anything else. */
function answeredCorsOrSurvey(request: http.IncomingMessage, response: http.ServerResponse, definition: Record<string, unknown>): boolean {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  if (request.method === 'OPTIONS') {
    response.writeHead(204).end();
    return true;
  }
  if (request.method === 'GET' && request.url === '/survey.json') {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(definition));
    return true;
  }
  return false;
}

export async function startEndpoint(surveyPath: string, format: 'coform' | 'fhir' = 'coform'): Promise<Endpoint> {
  const definition = fixture(surveyPath) as unknown as Record<string, unknown>;
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    if (answeredCorsOrSurvey(request, response, definition)) return;
    if (request.method === 'POST' && request.url === '/responses') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
      });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  definition.settings = { submission: { endpoint: `http://127.0.0.1:${port}/responses`, format } };
  return {
    surveyUrl: `http://127.0.0.1:${port}/survey.json`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a flaky endpoint does with one POST. */
export type Fault = 'ok' | 'error-500' | 'error-503' | 'drop' | 'store-then-drop' | 'hang';

export interface FlakyEndpoint {
  surveyUrl: string;
  /** Every POST, in order: its Idempotency-Key and what the endpoint did. */
  attempts: { key: string; fault: Fault }[];
  /** Responses stored, by Idempotency-Key (a repeat of a stored key is acknowledged, not stored). */
  stored: Map<string, string>;
  /** POSTs of a key whose acknowledgement had already been sent: a device that sent again what
   * it knew was delivered. */
  resentAfterAck: number;
  close(): Promise<void>;
}

/** An endpoint that fails the way networks and servers do: `plan(n)` says what to do with the
 * n-th POST (0-based). It stores each response once per Idempotency-Key, as a receiver should. */
export async function startFlakyEndpoint(surveyPath: string, plan: (attempt: number) => Fault): Promise<FlakyEndpoint> {
  const definition = fixture(surveyPath) as unknown as Record<string, unknown>;
  const attempts: { key: string; fault: Fault }[] = [];
  const stored = new Map<string, string>();
  const acknowledged = new Set<string>();
  const hanging = new Set<http.ServerResponse>();
  const result = { resentAfterAck: 0 };
  const server = http.createServer((request, response) => {
    if (answeredCorsOrSurvey(request, response, definition)) return;
    if (request.method === 'POST' && request.url === '/responses') {
      const key = String(request.headers['idempotency-key'] ?? '');
      const fault = plan(attempts.length);
      attempts.push({ key, fault });
      if (acknowledged.has(key)) result.resentAfterAck += 1;
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        switch (fault) {
          case 'error-500':
          case 'error-503':
            response.writeHead(fault === 'error-500' ? 500 : 503).end();
            break;
          case 'drop':
            request.socket.destroy();
            break;
          case 'store-then-drop':
            if (!stored.has(key)) stored.set(key, body);
            request.socket.destroy();
            break;
          case 'hang':
            hanging.add(response);
            break;
          case 'ok':
            if (!stored.has(key)) stored.set(key, body);
            acknowledged.add(key);
            response.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
            break;
        }
      });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  definition.settings = { submission: { endpoint: `http://127.0.0.1:${port}/responses`, format: 'coform' } };
  return {
    surveyUrl: `http://127.0.0.1:${port}/survey.json`,
    attempts,
    stored,
    get resentAfterAck() {
      return result.resentAfterAck;
    },
    close: () => {
      for (const response of hanging) response.socket?.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
