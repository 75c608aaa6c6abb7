// Bracketed URL hosts: newer Go (the fixes for CVE-2025-47912 and CVE-2026-25679) only accepts an
// IPv6 address between the brackets, and only at the start of the host. IPv6 syntax follows
// net/netip.ParseAddr's documented rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIpv6Literal } from '../../../server/src/core/ignition/go/ip-literal';
import { validateIgnition } from '../../../server/src/core/ignition';

test('IPv6 text as netip accepts it', () => {
  for (const ok of ['::', '::1', 'fd00::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:10.0.0.1', '1:2:3:4:5:6:10.0.0.1', 'FE80::aBc', 'fe80::1%eth0']) {
    assert.equal(isIpv6Literal(ok), true, ok);
  }
  for (const bad of ['', 'host', '10.0.0.1', '%eth0', 'fe80::1%', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', '1:', ':1', '1:2:3:4:5:6:7:8::', '::ffff:010.0.0.1', '::ffff:1.2.3', '::ffff:1.2.3.256', '1:2:3:4:5:10.0.0.1']) {
    assert.equal(isIpv6Literal(bad), false, bad);
  }
});

const sourceFindings = (source: string): string[] =>
  validateIgnition({ ignition: { version: '3.4.0' }, storage: { files: [{ path: '/f', contents: { source } }] } }, '3.4.0').map((e) => e.message);

test('a bracketed URL host must hold an IPv6 address (zone as %25...) and start the host', () => {
  for (const ok of ['http://[::1]/x', 'https://[fd00::2]:8443/x', 'http://user@[::1]/x', 'http://[fe80::1%25eth0]/x', 'http://[::ffff:10.0.0.1]/x']) {
    assert.deepEqual(sourceFindings(ok), [], ok);
  }
  for (const bad of ['http://[10.0.0.1]/x', 'http://[example.com]/x', 'http://example[::1]:80/x', 'http://[::1]]/x', 'http://a[b/x', 'http://[fe80::1%25]/x']) {
    assert.deepEqual(sourceFindings(bad), ['unable to parse url'], bad);
  }
});

test('outside brackets a host has at most one colon, the one before the port (Go 1.26)', () => {
  assert.deepEqual(sourceFindings('http://example.com:8080/x'), []);
  assert.deepEqual(sourceFindings('http://user:pass@example.com:8080/x'), []);
  for (const bad of ['http://::1/x', 'http://example.com:80:80/x', 'https://a:b:/x']) {
    assert.deepEqual(sourceFindings(bad), ['unable to parse url'], bad);
  }
});
