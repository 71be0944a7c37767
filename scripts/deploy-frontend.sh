#!/usr/bin/env bash
# Publishes the web UI's build (target/frontend, made by ./mvnw package or scripts/build-frontend.sh)
# to the frontend bucket behind CloudFront, with cache headers that make a deploy safe:
#   assets/*   content-hashed file names: public, max-age=31536000, immutable (uploaded first)
#   the rest   index.html and other unhashed files: no-cache (revalidated on every load; uploaded last)
# then deletes files of older builds and invalidates the unhashed paths.
# Usage: scripts/deploy-frontend.sh <FrontendBucketName> <CloudFrontDistributionId>   (edge stack outputs)
set -euo pipefail
bucket=${1:?usage: deploy-frontend.sh <FrontendBucketName> <CloudFrontDistributionId>}
distribution=${2:?usage: deploy-frontend.sh <FrontendBucketName> <CloudFrontDistributionId>}
build="$(dirname "$0")/../target/frontend"
[ -f "$build/index.html" ] || { echo "no UI build in $build: run ./mvnw -DskipTests package first" >&2; exit 1; }

aws s3 sync "$build/assets" "s3://$bucket/assets" --cache-control 'public, max-age=31536000, immutable'
aws s3 sync "$build" "s3://$bucket" --exclude 'assets/*' --cache-control 'no-cache'
# Old hashed assets go only after the new index.html is live (a page still open keeps loading its own).
aws s3 sync "$build" "s3://$bucket" --delete --size-only
aws cloudfront create-invalidation --distribution-id "$distribution" --paths '/index.html' '/' >/dev/null
echo "web UI published to s3://$bucket (CloudFront $distribution invalidated for /index.html)"
