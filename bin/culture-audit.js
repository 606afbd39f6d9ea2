#!/usr/bin/env node
// CommonJS (see bin/package.json): starting from CommonJS spares every run Node's ESM loader.
require('../dist/cli.cjs');
