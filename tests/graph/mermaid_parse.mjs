// Parses each Mermaid file named on the command line with the real Mermaid parser (the `mermaid`
// package's own `parse`, run in Node with jsdom standing in for the browser's DOM). Usage:
//   node mermaid_parse.mjs NODE_MODULES_DIR FILE...
// Prints "ok FILE" or "FAIL FILE: message" for each; exits 1 when any fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, ...files] = process.argv.slice(2);
const load = (relative) => import(pathToFileURL(join(modules, relative)).href);
const { JSDOM } = await load('jsdom/lib/api.js');
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await load('mermaid/dist/mermaid.core.mjs');
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const file of files) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    if (!result || result.diagramType !== 'flowchart-v2') {
      throw new Error(`parsed as ${result && result.diagramType}, not a flowchart`);
    }
    console.log(`ok ${file}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${file}: ${String(error.message || error).slice(0, 500)}`);
  }
}
process.exit(failed ? 1 : 0);
