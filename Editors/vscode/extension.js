// vramlint for VS Code: launches `vramlint lsp` over stdio through vscode-languageclient.
// UNTESTED: neither VS Code nor the npm registry is reachable where vramlint is tested
// (see README.md).
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

async function start() {
  const config = vscode.workspace.getConfiguration('vramlint');
  if (config.get('requireProjectFile')) {
    const found = await vscode.workspace.findFiles('**/.vramlint.yaml', '**/node_modules/**', 1);
    if (found.length === 0) return;
  }
  const command = config.get('path');
  const serverOptions = { command, args: ['lsp'], transport: TransportKind.stdio };
  const documentSelector = config
    .get('files')
    .map((pattern) => ({ scheme: 'file', language: 'yaml', pattern }));
  client = new LanguageClient('vramlint', 'vramlint', serverOptions, {
    documentSelector,
    // The server registers a watcher for **/.vramlint.yaml itself (dynamic registration).
  });
  await client.start();
}

async function stop() {
  if (client) {
    const running = client;
    client = undefined;
    await running.stop();
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('vramlint.restart', async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('vramlint')) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
