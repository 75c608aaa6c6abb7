// CRC-32 with the IEEE polynomial (as in gzip trailers).

const TABLE = memory.data(256 * 4, 4);
for (let n: u32 = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >> 1) : c >> 1;
  store<u32>(TABLE + (<usize>n << 2), c);
}

export function crc32(data: usize, count: usize): u32 {
  let c: u32 = 0xffffffff;
  for (let i: usize = 0; i < count; i++) {
    c = load<u32>(TABLE + (<usize>((c ^ <u32>load<u8>(data + i)) & 0xff) << 2)) ^ (c >> 8);
  }
  return c ^ 0xffffffff;
}
