/** The data model. Importing it installs the Chinese error messages (errors.ts) before any schema runs. */
export * from './errors.ts';
export * from './primitives.ts';
export * from './unit.ts';
export * from './final-accounts.ts';
export * from './performance.ts';
export * from './tables.ts';
export * from './disclosure.ts';
export * from './roster.ts';
