// Parses a GIFT file with gift-pegjs, an independent grammar of Moodle's
// GIFT format, and prints what it found as JSON: {"questions": [...]} with
// the parser's own objects, or {"error": "...", "line": N} when it rejects
// the file (exit 1).
//
// usage: node parse.mjs FILE.gift
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const gift = require('gift-pegjs');
const text = readFileSync(process.argv[2], 'utf8');
try {
  console.log(JSON.stringify({questions: gift.parse(text)}));
} catch (e) {
  console.log(JSON.stringify({error: e.message, line: e.location ? e.location.start.line : 0}));
  process.exit(1);
}
