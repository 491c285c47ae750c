// mlhint lsp driven by the JSON-RPC stack VS Code uses
// (vscode-languageserver-protocol over vscode-jsonrpc), with documents kept
// by vscode-languageserver-textdocument, as VS Code's servers keep them:
// UTF-16 offsets and positions computed by that library, not by us.
//   node client_test.mjs MLHINT_BINARY WORK_DIR
// Run by run_client_test.sh (a CTest test); the packages come from `npm ci`.
import { spawn } from 'node:child_process';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InlayHintRefreshRequest,
  InlayHintRequest,
  InitializedNotification,
  ReferencesRequest,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const mlhint = process.argv[2];
assert.ok(mlhint, 'usage: node client_test.mjs MLHINT_BINARY WORK_DIR');

const uri = 'file:///work/three.ml';
const three = [
  'let total = Int32.add 40l 2',
  'let count = ref 0',
  'let () = print_int count',
  'let half = 1.5',
  'let y = half + 1.',
  '',
].join('\n');

const capabilities = {
  general: { positionEncodings: ['utf-16'] },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    diagnostic: { dynamicRegistration: false },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    inlayHint: { dynamicRegistration: false },
  },
  workspace: { workspaceEdit: { documentChanges: true }, inlayHint: { refreshSupport: true } },
};

// One server and its connection; `published` keeps every publishDiagnostics.
// Servers still running when the tests end (a failed test does not stop
// its own) are killed, so that a failure never hangs the run.
const children = [];
after(() => children.forEach((c) => c.exitCode === null && c.kill()));

function start(args = []) {
  const child = spawn(mlhint, ['lsp', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const logged = [];
  const logger = {
    error: (m) => logged.push(m),
    warn: (m) => logged.push(m),
    info: () => {},
    log: () => {},
  };
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin), logger);
  const published = [];
  let waiters = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    waiters = waiters.filter((w) => !w(params));
  });
  conn.listen();
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  // The diagnostics published for `version` of a document (`uri` unless
  // another is named).
  const diagnostics = (version, of = uri) =>
    new Promise((resolve, reject) => {
      const match = (p) => p.uri === of && p.version === version && (resolve(p.diagnostics), true);
      if (published.some(match)) return;
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}`)), 60000);
      waiters.push((p) => match(p) && (clearTimeout(timer), true));
    });
  // The next diagnostics published for `uri` (ask before causing them).
  const next = () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no new diagnostics')), 60000);
      waiters.push((p) => p.uri === uri && (clearTimeout(timer), resolve(p.diagnostics), true));
    });
  const stop = async () => {
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    const status = await exited;
    conn.dispose();
    return status;
  };
  return { child, conn, published, diagnostics, next, logged, exited, stop };
}

async function initialize(server, initializationOptions = undefined) {
  const result = await server.conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities,
    initializationOptions,
  });
  await server.conn.sendNotification(InitializedNotification.type, {});
  return result;
}

function open(server, doc, languageId = 'ocaml') {
  return server.conn.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: doc.uri, languageId, version: doc.version, text: doc.getText() },
  });
}

// The range of `needle` (the n-th occurrence) in `doc`, by the library's UTF-16 arithmetic.
function rangeOf(doc, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; ++i) at = doc.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not found`);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

test('three independent errors: ranges, hints, quick fixes, an edit that moves them, hover', async () => {
  const server = start();
  const init = await initialize(server);
  assert.equal(init.capabilities.positionEncoding, 'utf-16');
  assert.equal(init.serverInfo.name, 'mlhint');

  let doc = TextDocument.create(uri, 'ocaml', 1, three);
  await open(server, doc);
  let ds = await server.diagnostics(1);
  // `half + 1.` is one mistake, one diagnostic: `+.` fixes both operands'
  // errors, so the second is folded into the first.
  assert.equal(ds.length, 3, JSON.stringify(ds));
  assert.deepEqual(ds.map((d) => d.range), [
    rangeOf(doc, '2', 1), // the literal after 40l
    rangeOf(doc, 'count', 1),
    rangeOf(doc, 'half', 1),
  ]);
  assert.deepEqual(ds.map((d) => d.data.hints[0]), ['int-literal-suffix', 'ref-dereference', 'numeric-operator']);
  for (const d of ds) {
    assert.equal(d.code, 'type-mismatch');
    assert.equal(d.source, 'mlhint');
    assert.equal(d.severity, 1);
    assert.equal(d.relatedInformation.length, 1);
  }
  assert.deepEqual(ds[2].relatedInformation[0].location.range, rangeOf(doc, '+'));

  // An incremental edit: a line on top, non-ASCII text before the operator.
  const changes = [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '(* première ligne, 😀 *)\n' },
    { range: { start: { line: 5, character: 8 }, end: { line: 5, character: 8 } }, text: '(* été 😀 *) ' },
  ];
  doc = TextDocument.update(doc, changes, 2);
  await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: changes });
  ds = await server.diagnostics(2);
  assert.deepEqual(ds.map((d) => d.range), [rangeOf(doc, '2', 1), rangeOf(doc, 'count', 1), rangeOf(doc, 'half', 1)]);
  assert.equal(ds[2].range.start.character, 8 + '(* été 😀 *) '.length, 'UTF-16 columns');

  // Hover on print_int.
  const hover = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: rangeOf(doc, 'print_int').start });
  assert.equal(hover.contents.value, '```ocaml\nint -> unit\n```');

  // A quick fix for each of the three errors, asked with the diagnostic in
  // the context, as VS Code asks; applied with the library's applyEdits.
  const edits = [];
  for (const d of ds.slice(0, 3)) {
    const actions = await server.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const [action] = actions;
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    const change = action.edit.documentChanges[0];
    assert.deepEqual(change.textDocument, { uri, version: 2 });
    edits.push(...change.edits);
  }
  const fixed = TextDocument.applyEdits(doc, edits);
  assert.equal(
    fixed,
    [
      '(* première ligne, 😀 *)',
      'let total = Int32.add 40l 2l',
      'let count = ref 0',
      'let () = print_int !count',
      'let half = 1.5',
      'let y = (* été 😀 *) half +. 1.',
      '',
    ].join('\n'),
  );
  await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: fixed }] });
  assert.deepEqual(await server.diagnostics(3), []);

  // Pull diagnostics agree.
  const pulled = await server.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.equal(pulled.kind, 'full');
  assert.deepEqual(pulled.items, []);

  assert.deepEqual(await server.stop(), { code: 0, signal: null });
});

test('protocol errors: before initialize, unknown method, malformed JSON, cancellation', async () => {
  const server = start();
  await assert.rejects(
    server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }),
    (e) => e.code === -32002,
  );
  await initialize(server);
  await assert.rejects(server.conn.sendRequest('mlhint/noSuchMethod', {}), (e) => e.code === -32601);
  await assert.rejects(server.conn.sendRequest(HoverRequest.type, { textDocument: { uri } }), (e) => e.code === -32602);

  // Malformed JSON, written raw between two messages of the connection: the
  // error comes back with a null id, which vscode-jsonrpc logs.
  server.child.stdin.write('Content-Length: 5\r\n\r\n{oops');
  const hover = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///none.ml' }, position: { line: 0, character: 0 } });
  assert.equal(hover, null);
  assert.ok(server.logged.some((m) => m.includes('-32700')), JSON.stringify(server.logged));

  // A hover cancelled while it waits for the check of a large document.
  const lines = [];
  for (let i = 0; i < 30000; ++i) lines.push(`let f${i} x = List.map (fun y -> y + x * ${i}) [x; 1; 2]`);
  await open(server, TextDocument.create(uri, 'ocaml', 1, lines.join('\n') + '\n'));
  const source = new CancellationTokenSource();
  const pending = server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 4 } }, source.token);
  source.cancel();
  await assert.rejects(pending, (e) => e.code === -32800);
  assert.deepEqual(await server.diagnostics(1), []);

  assert.deepEqual(await server.stop(), { code: 0, signal: null });
});

// A file with an error, a variant, a record, and names used again.
const shapes = [
  'type shape = Circle of float | Square of float',
  'let area s = match s with Circle r -> r *. r | Square a -> a *. a',
  'let total a = Int32.add a 3',
  'let c = Circle 2.0',
  'let twice = area c +. area c',
  'type point = { x : int; y : int }',
  'let p = { x = 1; y = 2 }',
  'let n = p.x + 1',
  '',
].join('\n');

test('hover on the first diagnostic, definition, references, the outline, inlay hints', async () => {
  const server = start();
  const init = await initialize(server);
  assert.equal(init.capabilities.definitionProvider, true);
  assert.equal(init.capabilities.referencesProvider, true);
  assert.equal(init.capabilities.documentSymbolProvider, true);
  assert.ok(init.capabilities.inlayHintProvider);
  let doc = TextDocument.create(uri, 'ocaml', 1, shapes);
  await open(server, doc);
  const ds = await server.diagnostics(1);
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.deepEqual(ds[0].range, rangeOf(doc, '3', 1)); // the `3` after Int32's

  // Hover where the first diagnostic is: the type there and the one expected.
  const onError = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: ds[0].range.start });
  assert.equal(onError.contents.kind, 'markdown');
  assert.equal(onError.contents.value, '```ocaml\nint\n(* expected: int32 *)\n```');
  assert.deepEqual(onError.range, ds[0].range);
  // On a constructor and on a field: the declaration of their type.
  const onCircle = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: rangeOf(doc, 'Circle', 2).start });
  assert.equal(onCircle.contents.value, '```ocaml\ntype shape = Circle of float | Square of float\n```');
  const onField = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: rangeOf(doc, 'x', 2).start });
  assert.equal(onField.contents.value, '```ocaml\ntype point = { x : int; y : int; }\n```');

  // Definition of `area` from its use; its references.
  const use = rangeOf(doc, 'area', 1);
  const def = await server.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: use.start });
  assert.deepEqual(def, { uri, range: rangeOf(doc, 'area', 0) });
  const refs = await server.conn.sendRequest(ReferencesRequest.type, {
    textDocument: { uri },
    position: use.start,
    context: { includeDeclaration: true },
  });
  assert.deepEqual(refs, [0, 1, 2].map((n) => ({ uri, range: rangeOf(doc, 'area', n) })));

  // The outline.
  const symbols = await server.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.deepEqual(
    symbols.map((s) => [s.name, s.kind, s.detail]),
    [
      ['shape', 10, 'type shape = Circle of float | Square of float'],
      ['area', 12, 'shape -> float'],
      ['total', 12, 'int32 -> int32'],
      ['c', 13, 'shape'],
      ['twice', 13, 'float'],
      ['point', 23, 'type point = { x : int; y : int; }'],
      ['p', 13, 'point'],
      ['n', 13, 'int'],
    ],
  );
  assert.deepEqual(symbols[0].children.map((c) => c.name), ['Circle', 'Square']);
  assert.deepEqual(symbols[1].selectionRange, rangeOf(doc, 'area'));

  // Inlay hints: after the parameters and the let-bound names.
  const all = { start: { line: 0, character: 0 }, end: doc.positionAt(shapes.length) };
  const hints = await server.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: all });
  const at = (line, character) => ({ line, character });
  assert.deepEqual(
    hints.map((h) => [h.position, h.label, h.kind]),
    [
      [at(1, 10), ': shape', 1], // area's parameter
      [at(2, 11), ': int32', 1], // total's parameter
      [at(3, 5), ': shape', 1], // c
      [at(4, 9), ': float', 1], // twice
      [at(6, 5), ': point', 1], // p
      [at(7, 5), ': int', 1], // n
    ],
  );

  // After edits that move the text, each answer is the one of the text as
  // it is now: a new first line (blanks only: what the server knew is kept,
  // moved), a comment inside `twice', then an edit of area's body (checked
  // again alone).
  let version = 1;
  const edit = async (range, text) => {
    const changes = [{ range, text }];
    doc = TextDocument.update(doc, changes, ++version);
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  };
  const point = (line, character) => ({ line, character });
  await edit({ start: point(0, 0), end: point(0, 0) }, '\n');
  assert.deepEqual((await server.diagnostics(version)).map((d) => d.range), [rangeOf(doc, '3', 1)]);
  const area = (n) => ({ uri, range: rangeOf(doc, 'area', n) });
  const secondUse = () => rangeOf(doc, 'area', 2).start;
  assert.deepEqual(await server.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: secondUse() }), area(0));
  await edit({ start: point(5, 21), end: point(5, 21) }, ' (* both *) ');
  const references = () =>
    server.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: secondUse(), context: { includeDeclaration: true } });
  assert.deepEqual(await references(), [0, 1, 2].map(area));
  await edit({ start: point(2, 38), end: point(2, 38) }, '1.0 *. ');
  assert.deepEqual(await references(), [0, 1, 2].map(area));
  assert.deepEqual(await server.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: secondUse() }), area(0));
  const moved = await server.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.deepEqual(moved.find((s) => s.name === 'area').selectionRange, rangeOf(doc, 'area'));
  assert.deepEqual(moved.find((s) => s.name === 'twice').selectionRange, rangeOf(doc, 'twice'));

  // Configured off: the server asks the client to ask again, and shows none.
  let refreshed = false;
  server.conn.onRequest(InlayHintRefreshRequest.type, () => {
    refreshed = true;
    return null;
  });
  const rechecked = server.next();
  await server.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { mlhint: { inlayHints: false } } });
  await rechecked;
  assert.deepEqual(await server.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: all }), []);
  assert.ok(refreshed);

  assert.deepEqual(await server.stop(), { code: 0, signal: null });
});

test('settings: the command line, initializationOptions, didChangeConfiguration; which documents are checked', async () => {
  const unused = 'let f x = let unused = 1 in 0\n';
  // -w +27 on the command line (x), -26 in the options (unused).
  const server = start(['-w', '+27']);
  await initialize(server, { mlhint: { warnings: '-26' } });
  // A lexer is not OCaml (Neovim and VS Code may call it `ocaml`): nothing
  // is published for it. An interface is checked (its error as ocamlc 4.13.1
  // prints it for `ocamlc -c other.mli`).
  await open(server, TextDocument.create('file:///work/lexer.mll', 'ocaml', 1, 'let x : int = "s"\n'));
  await open(server, TextDocument.create('file:///work/other.mli', 'ocaml.interface', 1, 'val x : int t\n'));
  await open(server, TextDocument.create(uri, 'ocaml', 1, unused));
  let ds = await server.diagnostics(1);
  assert.deepEqual(ds.map((d) => d.message), ['unused variable x.']);
  const interfaceDs = await server.diagnostics(1, 'file:///work/other.mli');
  assert.deepEqual(interfaceDs.map((d) => [d.message, d.range.start.character]), [['Unbound type constructor t', 12]]);
  assert.ok(server.published.every((p) => p.uri === uri || p.uri === 'file:///work/other.mli'), JSON.stringify(server.published));
  const hover = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///work/lexer.mll' }, position: { line: 0, character: 15 } });
  assert.equal(hover, null);

  const rechecked = server.next();
  await server.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { mlhint: { warnings: '+26' } } });
  ds = await rechecked;
  assert.deepEqual(ds.map((d) => d.message), ['unused variable x.', 'unused variable unused.']);
  assert.deepEqual(await server.stop(), { code: 0, signal: null });
});
