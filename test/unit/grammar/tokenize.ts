// Tokenizes with the same TextMate engine VS Code uses (vscode-textmate + Oniguruma), so the
// grammar is tested as the editor will run it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const require = createRequire(__filename);
const root = join(__dirname, '..', '..', '..');

export interface Token {
  text: string;
  scopes: string[];
}

let registry: Promise<textmate.Registry> | undefined;

const SHELL_STAND_IN = textmate.parseRawGrammar(
  JSON.stringify({ scopeName: 'source.shell', patterns: [{ match: '\\becho\\b', name: 'support.function.builtin.shell' }] }),
  'shell-stand-in.json',
);

function loadRegistry(): Promise<textmate.Registry> {
  registry ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        // VS Code ships the shell grammar; a stand-in keeps the embedding testable here
        // (vscode-textmate skips an embedding rule whose only include cannot be found).
        if (scopeName === 'source.shell') return SHELL_STAND_IN;
        if (scopeName !== 'source.butane') return null;
        const path = join(root, 'syntaxes', 'butane.tmLanguage.json');
        return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
  })();
  return registry;
}

/** One token list per line of `text`. */
export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await (await loadRegistry()).loadGrammar('source.butane');
  if (!grammar) throw new Error('grammar source.butane not found');
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The innermost scopes covering the text of `line` from `text`'s first character. */
export function scopesAt(lines: Token[][], line: number, text: string): string[] {
  const tokens = lines[line] ?? [];
  const full = tokens.map((t) => t.text).join('');
  const at = full.indexOf(text);
  if (at < 0) throw new Error(`${JSON.stringify(text)} not on line ${line}: ${JSON.stringify(full)}`);
  let offset = 0;
  for (const t of tokens) {
    if (at < offset + t.text.length) return t.scopes;
    offset += t.text.length;
  }
  throw new Error('unreachable');
}
