#!/usr/bin/env bash
# Deploys one PayFast stack of one environment with `aws cloudformation deploy`, taking every parameter the
# template declares from parameters/<env>.json (the CLI ignores the keys a template does not declare).
#
#   cloudformation/deploy.sh <dev|staging|prod> <network|data|storage|identity|eks|iam|waf-alb|waf-cloudfront|edge>
#
# Order: network, data, storage, identity, eks, iam, waf-alb, (kubectl apply the overlay), waf-cloudfront, edge.
set -euo pipefail

env="${1:?environment: dev, staging or prod}"
stack="${2:?stack name}"
here="$(cd "$(dirname "$0")" && pwd)"
params="$here/parameters/$env.json"

template="$stack"
extra=()
case "$stack" in
  waf-alb)        template=waf; extra=(Scope=REGIONAL) ;;
  waf-cloudfront) template=waf; extra=(Scope=CLOUDFRONT) ;;
  network|data|storage|identity|eks|iam|edge) ;;
  *) echo "unknown stack: $stack" >&2; exit 2 ;;
esac

# Key=Value shorthand so the WAF stacks can add Scope; values contain no spaces.
mapfile -t overrides < <(jq -r '.[] | "\(.ParameterKey)=\(.ParameterValue)"' "$params")

aws cloudformation deploy \
  --region us-east-1 \
  --stack-name "payfast-$env-$stack" \
  --template-file "$here/$template.yaml" \
  --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM \
  --no-fail-on-empty-changeset \
  --tags Project=payfast "Environment=$env" \
  --parameter-overrides "${overrides[@]}" "${extra[@]}"
