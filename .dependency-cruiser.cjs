/** Layer rules of docs/architecture.md, enforced in `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports only src/domain (no I/O, no libraries).',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { pathNot: '^src/domain' },
    },
    {
      name: 'contracts-only-zod',
      comment: 'src/contracts imports only itself and zod.',
      severity: 'error',
      from: { path: '^src/contracts' },
      to: { pathNot: ['^src/contracts', '^node_modules/zod'] },
    },
    {
      name: 'web-not-server-or-db',
      comment: 'The browser bundle never imports server or database code.',
      severity: 'error',
      from: { path: '^src/web' },
      to: { path: ['^src/server', '^src/db', '^src/cli'] },
    },
    {
      name: 'db-only-through-repos',
      comment:
        'Server and CLI reach the database schema only through repos (and the composition root).',
      severity: 'error',
      from: {
        path: ['^src/server', '^src/cli'],
        pathNot: [
          'repo\\.ts$',
          '^src/server/context\\.ts$',
          '^src/server/main\\.ts$',
          '^src/cli/database\\.ts$',
        ],
      },
      to: { path: '^src/db/(schema|tables)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
