// Verifies an Open Badges 3.0 credential made by piketpalen with
// digitalbazaar's implementation of VC 2.0 and Data Integrity
// (eddsa-rdfc-2022), as another party would. Offline: the document loader
// serves the JSON-LD contexts piketpalen builds in (the folder given as the
// second argument) and resolves did:key itself; any other URL fails.
//
// usage: node verify.mjs CREDENTIAL.json CONTEXTS-DIR
// prints {"verified": true|false, "error": "..."}; exit 0 when verified.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const [credPath, ctxDir] = process.argv.slice(2);
const contexts = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-3.0.3.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
};

function didKeyDocument(url) {
  const [did] = url.split('#');
  const mb = did.slice('did:key:'.length);
  const vmId = `${did}#${mb}`;
  const vm = {
    '@context': 'https://w3id.org/security/multikey/v1',
    id: vmId, type: 'Multikey', controller: did, publicKeyMultibase: mb,
  };
  if(url.includes('#')) {
    return vm;
  }
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [vm],
    assertionMethod: [vmId],
    authentication: [vmId],
  };
}

async function documentLoader(url) {
  if(contexts[url]) {
    const document = JSON.parse(readFileSync(join(ctxDir, contexts[url]), 'utf8'));
    return {contextUrl: null, documentUrl: url, document};
  }
  if(url.startsWith('did:key:z6Mk')) {
    return {contextUrl: null, documentUrl: url, document: didKeyDocument(url)};
  }
  throw new Error(`document loader: ${url} is not served offline`);
}

const credential = JSON.parse(readFileSync(credPath, 'utf8'));
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
const result = await vc.verifyCredential({credential, suite, documentLoader});
const error = result.error ?
  String(result.error.errors?.map(e => e.message).join('; ') || result.error.message || result.error) : '';
console.log(JSON.stringify({verified: result.verified, error}));
process.exit(result.verified ? 0 : 1);
