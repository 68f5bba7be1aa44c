// `npm start`: a current production build of the web app, then the server.
import { register } from 'tsx/esm/api';
import { ensureWebBuild } from './web-build.mjs';

await ensureWebBuild();
register();
await import('../src/server/main.ts');
