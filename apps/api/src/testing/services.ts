import { type RunningServer } from '../server.js';
import { createServices } from '../services.js';

/** The services on a running test server's database, for tests that call them directly. */
export function servicesFor(server: RunningServer) {
  return {
    services: createServices(server.database.dataSource, {
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
    }),
  };
}
