// `npm start`: a current production build of the web app, then the server.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { webBuildIsCurrent } from './web-build.mjs';

// The build runs in a process of its own: Vite sets NODE_ENV=production in the process it runs
// in, which would switch this server out of demo mode.
if (!webBuildIsCurrent()) {
  const build = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('./web-build.mjs', import.meta.url))],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    console.error('Kindkader start niet: het bouwen van de webapplicatie is mislukt.');
    process.exit(1);
  }
}
register();
await import('../src/server/main.ts');
