// Validates a file of xAPI statements (a JSON array) with Learning
// Locker's xapi-validation, as an LRS does before it stores them.
//
// usage: node validate.js STATEMENTS.json
// prints {"statements": N, "invalid": [{"index": i, "id": ..., "paths": [...], "problems": [...]}]};
// exit 0 when every statement is valid, 1 when one is not.
'use strict';
const fs = require('node:fs');
const validate = require('xapi-validation').default;

const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (!Array.isArray(statements)) {
  console.log(JSON.stringify({statements: 0, invalid: [{index: -1, problems: ['not an array']}]}));
  process.exit(1);
}
const invalid = [];
statements.forEach((s, index) => {
  const warnings = validate(s);
  if (warnings.length > 0) {
    invalid.push({index, id: s && s.id, paths: warnings.map(w => w.path.join('.')),
      problems: warnings.map(w => w.path.join('.') + ': ' + w.constructor.name)});
  }
});
console.log(JSON.stringify({statements: statements.length, invalid}));
process.exit(invalid.length === 0 ? 0 : 1);
