#!/usr/bin/env node
// Writes spec-supplement.json: the resource types listed in supplement-types.txt, with all of their
// property types, copied verbatim from an official CloudFormation resource specification file.
//
// Why: the npm cfn-lint (1.9.7, the last release) bundles resource specification 2.29.0 from 2019, which
// knows nothing of WAFv2, EKS node groups, IAM OIDC providers, CloudFront OAC / cache policies, Cognito
// resource servers, RDS-managed master passwords... spec-preload.js layers this newer subset over it.
//
// Regenerate (offline machine needs only the npm registry):
//   npm install --prefix /tmp/cfnspec @aws-cdk/cfnspec@2.72.1
//   node build-tools/cfn-lint/extract-spec.js \
//     /tmp/cfnspec/node_modules/@aws-cdk/cfnspec/spec/specification.json
'use strict';
const fs = require('fs');
const path = require('path');

const source = process.argv[2];
if (!source) {
  console.error('usage: extract-spec.js <path to CloudFormation specification.json>');
  process.exit(2);
}
const spec = JSON.parse(fs.readFileSync(source, 'utf8'));
const types = fs.readFileSync(path.join(__dirname, 'supplement-types.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

const out = {
  SourceResourceSpecificationVersion: spec.ResourceSpecificationVersion,
  ResourceTypes: {},
  PropertyTypes: {},
};
for (const type of types) {
  if (!spec.ResourceTypes[type]) {
    console.error(`${type} is not in specification ${spec.ResourceSpecificationVersion}`);
    process.exit(1);
  }
  out.ResourceTypes[type] = spec.ResourceTypes[type];
  for (const [name, def] of Object.entries(spec.PropertyTypes)) {
    if (name.startsWith(type + '.')) out.PropertyTypes[name] = def;
  }
}
const target = path.join(__dirname, 'spec-supplement.json');
fs.writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${Object.keys(out.ResourceTypes).length} resource types and ` +
  `${Object.keys(out.PropertyTypes).length} property types to ${target}`);
