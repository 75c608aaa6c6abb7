// Seeded random edits for the incremental tests: typing, deleting, whole lines, mostly inside list
// entries (where the incremental paths apply), sometimes anywhere.

/** Small deterministic generator (mulberry32), so a failure replays from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Edit = (text: string, rnd: () => number) => string;

const TYPED = ['a', 'x', '0', '7', ' ', ':', '-', '\n', '"', '#', '/', '\n      ', 'e', '1', "'", '[', '{', '*', '&', '!'];

/** Edits that mostly land in list entries (where the fast path applies), some anywhere. */
export const randomEdit: Edit = (text, rnd) => {
  let pos: number;
  const anchors = [...text.matchAll(/^\s*- (path|name): .*$/gm)];
  if (anchors.length > 0 && rnd() < 0.8) {
    const a = anchors[Math.floor(rnd() * anchors.length)];
    pos = Math.min(text.length, a.index! + Math.floor(rnd() * 160));
  } else pos = Math.floor(rnd() * (text.length + 1));
  // Mostly letters and digits, as typed into values; sometimes structure characters.
  if (rnd() < 0.5) return text.slice(0, pos) + 'abcxyz0123456789'[Math.floor(rnd() * 16)] + text.slice(pos);
  if (rnd() < 0.6) return text.slice(0, pos) + TYPED[Math.floor(rnd() * TYPED.length)] + text.slice(pos);
  const len = 1 + Math.floor(rnd() * 3);
  return text.slice(0, pos) + text.slice(pos + len);
};

/** Typing at the end of a string value (paths, names, texts): one letter or digit added, or the last character removed. */
export const typingEdit: Edit = (text, rnd) => {
  const lines = [...text.matchAll(/^ +(?:- )?(?:path|name|source): [^"\s]+$/gm)];
  if (lines.length === 0) return randomEdit(text, rnd);
  const line = lines[Math.floor(rnd() * lines.length)];
  const end = line.index! + line[0].length;
  if (rnd() < 0.3) return text.slice(0, end - 1) + text.slice(end);
  return text.slice(0, end) + 'abcxyz0123456789'[Math.floor(rnd() * 16)] + text.slice(end);
};

/**
 * Whole lines inside entries: a line below an entry's first line duplicated, deleted, or a blank
 * or comment line inserted (changes line counts on both sides of the preview).
 */
export const lineEdit: Edit = (text, rnd) => {
  const lines = text.split('\n');
  const inside: number[] = [];
  let inEntry = false;
  lines.forEach((l, i) => {
    if (/^\s*- (path|name): /.test(l)) inEntry = true;
    else if (/^\S/.test(l)) inEntry = false;
    else if (inEntry && l.trim() !== '') inside.push(i);
  });
  if (inside.length === 0) return randomEdit(text, rnd);
  const i = inside[Math.floor(rnd() * inside.length)];
  const r = rnd();
  if (r < 0.35) lines.splice(i, 0, lines[i]);
  else if (r < 0.7) lines.splice(i, 1);
  else if (r < 0.85) lines.splice(i, 0, '');
  else lines.splice(i, 0, lines[i].replace(/\S.*$/, '# note'));
  return lines.join('\n');
};

/** A mix of the three kinds. */
export const mixedEdit: Edit = (text, rnd) => {
  const r = rnd();
  if (r < 0.45) return typingEdit(text, rnd);
  if (r < 0.75) return randomEdit(text, rnd);
  return lineEdit(text, rnd);
};

/** The texts of a sequence: edits, and undos that return to the text before the last edit. */
export function* editSequence(start: string, seed: number, steps: number, edit: Edit): Generator<string> {
  const rnd = random(seed);
  let text = start;
  const history: string[] = [];
  for (let version = 1; version <= steps; version++) {
    if (version > 1) {
      if (history.length > 0 && rnd() < 0.4) text = history.pop()!;
      else {
        history.push(text);
        text = edit(text, rnd);
      }
    }
    yield text;
  }
}
