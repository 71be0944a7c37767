// Loaded into the cfn-lint process with NODE_OPTIONS=--require (see CloudFormationLintTest and
// cloudformation/README.md). It replaces the linter's 2019 definitions of the resource types in
// spec-supplement.json with the newer official ones, so cfn-lint checks WAFv2, EKS node groups, OIDC
// providers etc. instead of rejecting them as unknown. Nothing else about the linter changes.
'use strict';
const path = require('path');

const awsData = require(path.join(__dirname, '..', 'node_modules', 'cfn-lint', 'lib', 'awsData.js'));
const supplement = require('./spec-supplement.json');

Object.assign(awsData.awsResources.ResourceTypes, supplement.ResourceTypes);
Object.assign(awsData.awsResources.PropertyTypes, supplement.PropertyTypes);
