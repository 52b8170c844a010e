// Loaded before every npm script (`node -r ./scripts/require-node.cjs …`): CommonJS and no syntax
// newer than Node 12, so an old Node reaches this check and says what to do in one line.
'use strict';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `error: this project needs Node >= 22.12 (this is Node ${process.versions.node}). ` +
      'Install Node 22 (`nvm install` reads .nvmrc; or from nodejs.org), or run `npm install` on a platform ' +
      'where the optional `node` package can fetch it, then run the command again.',
  );
  process.exit(1);
}
