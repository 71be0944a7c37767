#!/usr/bin/env node
// Type-checks rendered Kubernetes manifests against the Kubernetes API types of npm kubernetes-types
// (generated from the API server's OpenAPI document) with the TypeScript compiler: each document becomes
// `const docN: <Kind> = <document>;`, so a field the API does not define fails as an excess property,
// a missing required field and a wrongly typed value fail too. Independent of the fabric8 models the Java
// tests parse with.
//
//   kubectl kustomize kustomize/overlays/prod | node typecheck.js   -> one line per error, exit 1 if any
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const YAML = require('yaml');
const ts = require('typescript');

// apiVersion -> module of kubernetes-types
const MODULES = {
  v1: 'core/v1',
  'apps/v1': 'apps/v1',
  'autoscaling/v2': 'autoscaling/v2',
  'policy/v1': 'policy/v1',
  'networking.k8s.io/v1': 'networking/v1',
  'rbac.authorization.k8s.io/v1': 'rbac/v1',
  'batch/v1': 'batch/v1',
};

function main(input) {
  const documents = YAML.parseAllDocuments(input).map((d) => d.toJSON()).filter((d) => d !== null);
  const errors = [];
  const imports = new Map();
  const lines = [];
  const owners = []; // source line -> document label
  documents.forEach((doc, index) => {
    const label = `${doc.kind} ${doc.metadata && doc.metadata.name}`;
    const module = MODULES[doc.apiVersion];
    if (!module) {
      errors.push(`${label}: apiVersion ${doc.apiVersion} is not one this check knows`);
      return;
    }
    const alias = `${doc.kind}_${module.replace(/\W/g, '_')}`;
    imports.set(alias, `import type { ${doc.kind} as ${alias} } from 'kubernetes-types/${module}';`);
    const body = JSON.stringify(doc, null, 2).split('\n');
    body[0] = `export const doc${index}: ${alias} = ${body[0]}`;
    body[body.length - 1] += ';';
    body.forEach((line) => {
      lines.push(line);
      owners.push(label);
    });
  });
  const header = [...imports.values()];
  const source = header.concat(lines).join('\n') + '\n';

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-typecheck-'));
  const file = path.join(dir, 'manifests.ts');
  fs.writeFileSync(file, source);
  const nodeModules = path.join(__dirname, '..', 'node_modules');
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10,
    baseUrl: dir, paths: { 'kubernetes-types/*': [path.join(nodeModules, 'kubernetes-types', '*')] },
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
    if (diagnostic.file && diagnostic.start !== undefined) {
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const owner = owners[line - header.length] || 'header';
      const text = diagnostic.file.text.split('\n')[line].trim();
      errors.push(`${owner}: ${text} -> ${message}`);
    } else {
      errors.push(message);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  errors.forEach((e) => console.log(e));
  console.log(`${errors.length} error(s) in ${documents.length} document(s)`);
  process.exitCode = errors.length ? 1 : 0;
}

main(fs.readFileSync(process.argv[2] || 0, 'utf8'));
