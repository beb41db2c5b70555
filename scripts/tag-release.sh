#!/usr/bin/env bash
# Turns a pushed version tag (vX.Y.Z, the version in package.json) into release tags that hold the
# built bundles, which branches do not: the action (`uses: async-work/async-work@v0`) runs the
# dist/cli.js of its ref. Moves vX.Y.Z and vX to a commit on top of the tagged one that adds
# dist/, and pushes both. Run by .github/workflows/release.yml after `npm ci`; tags pushed with the
# workflow's token start no workflow, so this runs once per version.
set -euo pipefail
tag=${1:?usage: scripts/tag-release.sh vX.Y.Z}
cd "$(dirname "$0")/.."

version=$(node -p 'require("./package.json").version')
if [ "$tag" != "v$version" ]; then
  echo "The tag $tag is not v$version, the version in package.json." >&2
  exit 1
fi
major="v${version%%.*}"

git -c advice.detachedHead=false checkout --quiet --detach "$tag"
# Run again (the workflow re-run), the tag already holds the bundles: nothing to do.
if [ -n "$(git ls-tree --name-only HEAD dist/cli.js)" ]; then
  echo "$tag already holds dist/."
  exit 0
fi
node esbuild.mjs --production
git add --force dist/cli.js dist/extension.js dist/web/extension.js
export GIT_AUTHOR_NAME="Async Work release" GIT_AUTHOR_EMAIL="release@async-work.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
git commit --quiet -m "Release $tag: the built bundles, for the action and npx"
# Annotated, as a release tag should be, whatever the pushed one was.
git tag --force --annotate "$tag" -m "Release $tag" >/dev/null
git tag --force --annotate "$major" -m "Release $tag" >/dev/null
git push --force --quiet origin "refs/tags/$tag" "refs/tags/$major"
echo "$tag and $major now hold dist/ ($(git rev-parse --short HEAD))."
