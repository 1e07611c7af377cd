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

export async function startEndpoint(surveyPath: string, format: 'coform' | 'fhir' = 'coform'): Promise<Endpoint> {
  const definition = fixture(surveyPath) as unknown as Record<string, unknown>;
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
    } else if (request.method === 'GET' && request.url === '/survey.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(definition));
    } else if (request.method === 'POST' && request.url === '/responses') {
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
