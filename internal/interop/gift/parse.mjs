// Reads a GIFT file with gift-pegjs and prints what it found as JSON; a
// syntax error is printed with its line and exits 1.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("gift-pegjs");

try {
  const questions = parse(readFileSync(process.argv[2], "utf8"));
  process.stdout.write(JSON.stringify(questions));
} catch (e) {
  const at = e.location ? `line ${e.location.start.line}: ` : "";
  process.stderr.write(`rejected: ${at}${e.message}\n`);
  process.exit(1);
}
