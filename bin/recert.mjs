#!/usr/bin/env node
// The `recert` command. The CLI is TypeScript; tsx runs it as it is, so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/recert.ts');
process.exitCode = await main(process.argv.slice(2));
