#!/usr/bin/env node
import('../dist/slcost.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('slcost: the CLI is not built yet; run `npm install` (or `npm run build`) in the slcost folder first\n');
    process.exit(3);
  }
  throw error;
});
