// Throughput of gzipGo (CPU time), printed, never asserted: npx tsx test/unit/encoding/gzip.bench.ts
import { gzipGo } from '../../../server/src/core/encoding/gzip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
function pseudoRandom(n: number, seed: number): Uint8Array { const out = new Uint8Array(n); let x = seed >>> 0; for (let i = 0; i < n; i++) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; out[i] = x & 0xff; } return out; }
const js = new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/typescript/lib/typescript.js'))).subarray(0, 4<<20);
gzipGo(js.subarray(0, 200000));
for (const [k, v] of [['random', pseudoRandom(4<<20, 3)], ['js', js]] as const) { const t = process.cpuUsage(); gzipGo(v); const u = process.cpuUsage(t); console.log(k, (v.length/1e6/((u.user+u.system)/1e6)).toFixed(2), 'MB/s cpu'); }
