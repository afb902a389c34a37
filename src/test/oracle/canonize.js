// Independent canonical N-Quads for the gateway's proof tests (DataIntegrityOracleTest): jsonld.js toRDF and
// rdf-canonize RDFC-1.0, with the official contexts of ../shared/anchors/formats/contexts (INDEX.md maps URL -> file).
// Input on stdin: {"contexts": "<folder>", "documents": {"<name>": <JSON-LD>, ...}, "nquads": {"<name>": "<N-Quads>", ...}}
// (N-Quads are canonicalised as they are, with up to n^3 deep iterations for n blank nodes that tie).
// Output on stdout: {"<name>": "<canonical N-Quads>" | {"error": "<message>"}, ...}. Nothing is fetched.
'use strict';
const fs = require('fs');
const path = require('path');
const jsonld = require('jsonld');
const canonize = require('rdf-canonize');

function contextMap(folder) {
  const map = {};
  for (const line of fs.readFileSync(path.join(folder, 'INDEX.md'), 'utf8').split('\n')) {
    const row = line.match(/^\| `(https?:[^`]+)` \| `([^`]+)` \|/);
    if (row && !map[row[1]]) {
      map[row[1]] = path.join(folder, row[2]); // the first row of a URL is the primary copy
    }
  }
  return map;
}

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const files = input.contexts ? contextMap(input.contexts) : {};
  const documentLoader = async (url) => {
    const file = files[url];
    if (!file) {
      throw new Error('context not held offline: ' + url);
    }
    return {contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(file, 'utf8'))};
  };
  const out = {};
  for (const [name, document] of Object.entries(input.documents || {})) {
    try {
      const dataset = await jsonld.toRDF(document, {documentLoader, safe: false});
      out[name] = await canonize.canonize(dataset, {algorithm: 'RDFC-1.0'});
    } catch (e) {
      out[name] = {error: String(e && e.message || e).slice(0, 300)};
    }
  }
  for (const [name, text] of Object.entries(input.nquads || {})) {
    try {
      out[name] = await canonize.canonize(text, {algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', maxWorkFactor: 3});
    } catch (e) {
      out[name] = {error: String(e && e.message || e).slice(0, 300)};
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
