#!/usr/bin/env node
// Validates CloudFormation templates against today's resource schemas (npm @aws-cdk/aws-service-spec, built
// from the CloudFormation registry), which cfn-lint 1.9.7's 2019 specification cannot do. For each template:
//   - every resource type exists, every property (nested ones too) is a property of its type, no required
//     property is missing;
//   - every Ref names a parameter, a resource or a pseudo parameter; every Fn::GetAtt (and ${X.Y} in Fn::Sub)
//     names a resource and an attribute that resource type really returns; Fn::If / Condition name a condition;
//     DependsOn names a resource;
//   - the references between resources have no cycle;
// and across the templates, given in deploy order: every Fn::ImportValue names an Export of a template that
// comes earlier (the stacks import only what is already deployed).
//
//   node validate.js network.yaml data.yaml ...      -> one line per error, exit 1 if any, 0 otherwise
'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');

const PSEUDO = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);
const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'If',
  'Equals', 'Not', 'And', 'Or', 'Transform', 'Length', 'ToJsonString'];

// Short-form tags (!Ref, !Sub, ...) become the long form CloudFormation reads.
const customTags = [];
function tag(name, key, transform = (v) => v) {
  for (const nodeClass of ['scalar', 'seq', 'map']) {
    customTags.push({
      tag: '!' + name,
      collection: nodeClass === 'scalar' ? undefined : nodeClass,
      resolve: (value) => ({ [key]: transform(value && value.toJSON ? value.toJSON() : value) }),
    });
  }
}
tag('Ref', 'Ref');
tag('Condition', 'Condition');
tag('GetAtt', 'Fn::GetAtt', (v) => (typeof v === 'string' ? [v.slice(0, v.indexOf('.')), v.slice(v.indexOf('.') + 1)] : v));
FUNCTIONS.forEach((f) => tag(f, 'Fn::' + f));

function parse(file) {
  return YAML.parse(fs.readFileSync(file, 'utf8'), { customTags, uniqueKeys: true, merge: false });
}

const db = loadAwsServiceSpecSync();
const typeCache = new Map();
function resourceSpec(type) {
  if (!typeCache.has(type)) {
    const found = db.lookup('resource', 'cloudFormationType', 'equals', type);
    typeCache.set(type, found.length === 1 ? found[0] : null);
  }
  return typeCache.get(type);
}

function isIntrinsic(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::') || keys[0] === 'Condition');
}

function checkTemplate(name, template, errors) {
  const error = (where, message) => errors.push(`${name}: ${where}: ${message}`);
  const parameters = new Set(Object.keys(template.Parameters || {}));
  const resources = template.Resources || {};
  const conditions = new Set(Object.keys(template.Conditions || {}));
  const dependencies = new Map(Object.keys(resources).map((id) => [id, new Set()]));

  // --- references, wherever they occur -------------------------------------------------------------------
  function checkGetAtt(where, owner, resource, attribute) {
    if (!(resource in resources)) {
      error(where, `Fn::GetAtt names ${resource}, which is not a resource of this template`);
      return;
    }
    if (owner) dependencies.get(owner).add(resource);
    const spec = resourceSpec(resources[resource].Type);
    if (spec && !(attribute in (spec.attributes || {}))) {
      error(where, `Fn::GetAtt ${resource}.${attribute}: ${resources[resource].Type} has no attribute ${attribute}`
        + ` (it has ${Object.keys(spec.attributes || {}).sort().join(', ') || 'none'})`);
    }
  }
  function checkRef(where, owner, target, locals = new Set()) {
    if (locals.has(target) || PSEUDO.has(target) || parameters.has(target)) return;
    if (target in resources) {
      if (owner) dependencies.get(owner).add(target);
      return;
    }
    error(where, `Ref ${target} names no parameter, resource or pseudo parameter`);
  }
  function walk(value, where, owner) {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${where}[${i}]`, owner));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      const at = `${where}.${key}`;
      if (key === 'Ref') {
        checkRef(at, owner, inner);
      } else if (key === 'Fn::GetAtt') {
        const [resource, attribute] = Array.isArray(inner) ? inner : [String(inner).split('.')[0], String(inner).split('.').slice(1).join('.')];
        checkGetAtt(at, owner, resource, attribute);
      } else if (key === 'Fn::Sub') {
        const [text, vars] = Array.isArray(inner) ? inner : [inner, {}];
        const locals = new Set(Object.keys(vars || {}));
        for (const match of String(text).matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const variable = match[1].trim();
          if (variable.includes('.') && !variable.startsWith('AWS::')) {
            const dot = variable.indexOf('.');
            checkGetAtt(at, owner, variable.slice(0, dot), variable.slice(dot + 1));
          } else {
            checkRef(at, owner, variable, locals);
          }
        }
        walk(vars, at, owner);
      } else if (key === 'Fn::If') {
        if (!conditions.has(inner[0])) error(at, `Fn::If names an undefined condition ${inner[0]}`);
        walk(inner.slice(1), at, owner);
      } else if (key === 'Condition' && typeof inner === 'string' && isIntrinsic(value)) {
        if (!conditions.has(inner)) error(at, `Condition ${inner} is not defined`);
      } else {
        walk(inner, at, owner);
      }
    }
  }

  // --- properties against the schema ---------------------------------------------------------------------
  function checkValue(value, type, where) {
    if (value === null || value === undefined || isIntrinsic(value) || !type) return;
    if (type.type === 'ref') {
      const definition = db.get('typeDefinition', type.reference.$ref);
      checkProperties(value, definition.properties, `${where}`, definition.name);
    } else if (type.type === 'array' && Array.isArray(value)) {
      value.forEach((v, i) => checkValue(v, type.element, `${where}[${i}]`));
    } else if (type.type === 'map' && typeof value === 'object' && !Array.isArray(value)) {
      Object.entries(value).forEach(([k, v]) => checkValue(v, type.element, `${where}.${k}`));
    }
    // union, json, tag and scalars: not structurally checked here (cfn-lint checks scalar types)
  }
  function checkProperties(value, properties, where, typeName) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || isIntrinsic(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (!(key in properties)) {
        error(`${where}.${key}`, `${key} is not a property of ${typeName}`);
      } else {
        checkValue(inner, properties[key].type, `${where}.${key}`);
      }
    }
    for (const [key, property] of Object.entries(properties)) {
      if (property.required && !(key in value)) {
        error(where, `required property ${key} of ${typeName} is missing`);
      }
    }
  }

  for (const [id, resource] of Object.entries(resources)) {
    const where = `Resources.${id}`;
    const spec = resourceSpec(resource.Type);
    if (!spec) {
      error(where, `unknown resource type ${resource.Type}`);
    } else {
      checkProperties(resource.Properties || {}, spec.properties, `${where}.Properties`, resource.Type);
    }
    for (const target of [].concat(resource.DependsOn || [])) {
      if (!(target in resources)) error(`${where}.DependsOn`, `DependsOn names ${target}, which is not a resource`);
      else dependencies.get(id).add(target);
    }
    if (resource.Condition && !conditions.has(resource.Condition)) {
      error(`${where}.Condition`, `Condition ${resource.Condition} is not defined`);
    }
    walk(resource.Properties || {}, `${where}.Properties`, id);
  }
  for (const [id, output] of Object.entries(template.Outputs || {})) {
    walk(output, `Outputs.${id}`, null);
    if (output.Condition && !conditions.has(output.Condition)) {
      error(`Outputs.${id}.Condition`, `Condition ${output.Condition} is not defined`);
    }
  }
  walk(template.Conditions || {}, 'Conditions', null);

  // --- cycles ---------------------------------------------------------------------------------------------
  const state = new Map();
  const stack = [];
  function visit(id) {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'active') {
      error('Resources', `dependency cycle: ${stack.slice(stack.indexOf(id)).concat(id).join(' -> ')}`);
      return;
    }
    state.set(id, 'active');
    stack.push(id);
    dependencies.get(id).forEach(visit);
    stack.pop();
    state.set(id, 'done');
  }
  Object.keys(resources).forEach(visit);
}

function collect(value, key, found) {
  if (Array.isArray(value)) value.forEach((v) => collect(v, key, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key) found.push(v);
      collect(v, key, found);
    }
  }
  return found;
}

function main(files) {
  const errors = [];
  const exported = new Map(); // canonical export name -> template
  files.forEach((file, index) => {
    const name = path.basename(file);
    let template;
    try {
      template = parse(file);
    } catch (e) {
      errors.push(`${name}: cannot be parsed: ${e.message}`);
      return;
    }
    checkTemplate(name, template, errors);
    for (const imported of collect(template.Resources || {}, 'Fn::ImportValue', [])) {
      const key = JSON.stringify(imported);
      if (!exported.has(key)) {
        errors.push(`${name}: Fn::ImportValue ${key} matches no Export of a template deployed before it`);
      }
    }
    for (const [id, output] of Object.entries(template.Outputs || {})) {
      if (output.Export) exported.set(JSON.stringify(output.Export.Name), `${name}#${id}`);
    }
    void index;
  });
  errors.forEach((e) => console.log(e));
  console.log(`${errors.length} error(s) in ${files.length} template(s)`);
  process.exitCode = errors.length ? 1 : 0;
}

main(process.argv.slice(2));
