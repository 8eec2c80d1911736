// Starts the job worker from TypeScript sources (web host and tests run through tsx); the desktop
// build ships a compiled jobs-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
