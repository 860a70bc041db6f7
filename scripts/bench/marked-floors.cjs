// What marked alone costs where article's goals are set, so that the table can show how close to
// them any reader built on marked can come. `node marked-floors.cjs first <file>`: load marked,
// lex the first 8 KB (article's first chunk) and write one byte: the floor of time to first
// output. `node marked-floors.cjs chunks <file>`: read and lex the file 16 KB at a time (article's
// later chunks), holding nothing: the floor of peak memory of a streaming reader.
const { openSync, readSync } = require('node:fs');
const { Lexer } = require('../../node_modules/marked');

const [mode, file] = process.argv.slice(2);
const fd = openSync(file, 'r');
const lex = (text) => new Lexer({ gfm: true }).lex(text).length;

if (mode === 'first') {
  const bytes = Buffer.alloc(8 * 1024);
  const text = new TextDecoder().decode(bytes.subarray(0, readSync(fd, bytes)));
  lex(text.slice(0, text.lastIndexOf('\n\n') + 1));
  process.stdout.write('x');
} else {
  const bytes = Buffer.alloc(16 * 1024);
  const decoder = new TextDecoder();
  let rest = '';
  let tokens = 0;
  for (;;) {
    const read = readSync(fd, bytes);
    if (read === 0) break;
    const text = rest + decoder.decode(bytes.subarray(0, read), { stream: true });
    const cut = text.lastIndexOf('\n\n') + 1;
    rest = text.slice(cut);
    tokens += lex(text.slice(0, cut));
  }
  process.stdout.write(`${tokens + lex(rest)}\n`);
}
