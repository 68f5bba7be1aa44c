// Prints the OpenAPI document (for `npm run lint:api`), from an app on a throw-away database.
import { register } from 'tsx/esm/api';

register();
const { printOpenApi } = await import('../src/server/openapi-document.ts');
process.stdout.write(`${JSON.stringify(await printOpenApi(), null, 2)}\n`);
