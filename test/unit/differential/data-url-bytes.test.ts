// Differential round 3, part 2: data URLs of awkward bytes. Inline contents (YAML escapes \L \N \U \0, U+2028, astral,
// BOM) and local contents with bytes that are not UTF-8 (surrogate-like ED A0 80, overlong C0 AF, 5- and 6-byte forms,
// truncated sequences, values past U+10FFFF) in files contents/append, trees, quadlets, merge configs and grub users;
// payload lengths sit on the choice boundaries (escaped == base64 keeps the escaped form, gzip + len("gzip") == the
// shorter form keeps that form). Inputs from /tmp/diff3/gen/bytes.py and hand-made; every one matched the reference
// when it was found. Expected stdout/stderr/status are what the reference butane v0.29.0 printed for
// `--pretty --raw-errors ARGS input.bu` and `--raw-errors ARGS input.bu` with the files (hex) under files/.
import { testReferenceCases, type ReferenceCase } from '../../support/reference-cases';

const CASES: ReferenceCase[] = [
  {
    "name": "inline run of 47 bytes: gzip+4 == escaped, escaped kept",
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        inline: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
    "files": {},
    "args": [],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/a\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n        }\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/a\",\"contents\":{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "inline run of 48 bytes: gzip+4 < escaped, gzip chosen",
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        inline: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
    "files": {},
    "args": [],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/a\",\n        \"contents\": {\n          \"compression\": \"gzip\",\n          \"source\": \"data:;base64,H4sIAAAAAAAC/0okEQACAAD//1YrOKAwAAAA\"\n        }\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/a\",\"contents\":{\"compression\":\"gzip\",\"source\":\"data:;base64,H4sIAAAAAAAC/0okEQACAAD//1YrOKAwAAAA\"}}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "inline UTF-8: escaped == base64, escaped kept",
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        inline: \"\u00e9\u00e9\u00e9a\"\n    - path: /etc/b\n      contents:\n        inline: \"\u00e9\u00e9\u00e9aaaaa\"\n",
    "files": {},
    "args": [],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/a\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%C3%A9%C3%A9%C3%A9a\"\n        }\n      },\n      {\n        \"path\": \"/etc/b\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%C3%A9%C3%A9%C3%A9aaaaa\"\n        }\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/a\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%C3%A9%C3%A9%C3%A9a\"}},{\"path\":\"/etc/b\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%C3%A9%C3%A9%C3%A9aaaaa\"}}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "inline U+2028: gzip+4 == base64, base64 kept; escapes \\L, \\U, \\N, \\0",
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        inline: \"\\Lx\\Lx\\Lx\\Lx\\Lx\\Lx\\Lx\\Lx\"\n    - path: /etc/b\n      contents:\n        inline: \"\\U0001F600\\N\\0\\ufeff\u2029\\_\"\n",
    "files": {},
    "args": [],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/a\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,4oCoeOKAqHjigKh44oCoeOKAqHjigKh44oCoeOKAqHg=\"\n        }\n      },\n      {\n        \"path\": \"/etc/b\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,8J+YgMKFAO+7v+KAqcKg\"\n        }\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/a\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,4oCoeOKAqHjigKh44oCoeOKAqHjigKh44oCoeOKAqHg=\"}},{\"path\":\"/etc/b\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,8J+YgMKFAO+7v+KAqcKg\"}}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "local non-UTF-8 mostly ASCII: surrogate-like, overlong, 5/6-byte forms, BOM, NUL escaped byte by byte",
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        local: a\n      append:\n        - local: b\n        - local: c\n",
    "files": {
      "a": "7878787878787878787878787878787878787878eda08079797979797979797979c0af",
      "b": "7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7af888808080",
      "c": "efbbbf7777777777777777777777777777777777777777777777777777777777777777777777777777777700fc8480808080e282"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/a\",\n        \"append\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:,zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz%F8%88%80%80%80\"\n          },\n          {\n            \"compression\": \"gzip\",\n            \"source\": \"data:;base64,H4sIAAAAAAAC/3q/e385kYDhT0tDQ0PDoyZAAAAA//8JW9a4NAAAAA==\"\n          }\n        ],\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,xxxxxxxxxxxxxxxxxxxx%ED%A0%80yyyyyyyyyy%C0%AF\"\n        }\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/a\",\"append\":[{\"compression\":\"\",\"source\":\"data:,zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz%F8%88%80%80%80\"},{\"compression\":\"gzip\",\"source\":\"data:;base64,H4sIAAAAAAAC/3q/e385kYDhT0tDQ0PDoyZAAAAA//8JW9a4NAAAAA==\"}],\"contents\":{\"compression\":\"\",\"source\":\"data:,xxxxxxxxxxxxxxxxxxxx%ED%A0%80yyyyyyyyyy%C0%AF\"}}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "local non-UTF-8: base64 shorter than escaping",
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        local: a\n      append:\n        - local: b\n",
    "files": {
      "a": "c0af78eda080f888808080fc8480808080",
      "b": "efbbbf00e280a8f09f9880f4908080e282"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/a\",\n        \"append\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:;base64,77u/AOKAqPCfmID0kICA4oI=\"\n          }\n        ],\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,wK947aCA+IiAgID8hICAgIA=\"\n        }\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/a\",\"append\":[{\"compression\":\"\",\"source\":\"data:;base64,77u/AOKAqPCfmID0kICA4oI=\"}],\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,wK947aCA+IiAgID8hICAgIA=\"}}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "generated case 00000: user-gzip",
    "input": "variant: fcos\nversion: 1.4.0\nstorage:\n  files:\n    - path: /etc/f0\n      append:\n        - local: a00\n        - local: a01\n          compression: gzip\n    - path: /etc/f1\n      mode: 0644\n      append:\n        - local: a10\n",
    "files": {
      "a10": "e9",
      "a01": "30eda08020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020",
      "a00": "200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.3.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/f0\",\n        \"append\": [\n          {\n            \"compression\": \"gzip\",\n            \"source\": \"data:;base64,H4sIAAAAAAAC/1JgoBQAAgAA//8JTgeXQgAAAA==\"\n          },\n          {\n            \"compression\": \"gzip\",\n            \"source\": \"data:;base64,MO2ggCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA=\"\n          }\n        ]\n      },\n      {\n        \"path\": \"/etc/f1\",\n        \"append\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:,%E9\"\n          }\n        ],\n        \"mode\": 420\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.3.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/f0\",\"append\":[{\"compression\":\"gzip\",\"source\":\"data:;base64,H4sIAAAAAAAC/1JgoBQAAgAA//8JTgeXQgAAAA==\"},{\"compression\":\"gzip\",\"source\":\"data:;base64,MO2ggCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA=\"}]},{\"path\":\"/etc/f1\",\"append\":[{\"compression\":\"\",\"source\":\"data:,%E9\"}],\"mode\":420}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "generated case 00005: gz-tie-utf8, user-gzip",
    "input": "variant: fcos\nversion: 1.4.0\nignition:\n  security:\n    tls:\n      certificate_authorities:\n        - local: ca.pem\nstorage:\n  files:\n    - path: /etc/f0\n      contents:\n        compression: \"\"\n        local: f0\n    - path: /etc/f1\n      mode: 0644\n      contents:\n        inline: \"aaaaaaaaaaaaaaaa\u2028\u2028\\u2028yzabzya\"\n    - path: /etc/f2\n      mode: 0644\n      contents:\n        compression: gzip\n        local: f2\n  trees:\n    - local: tree\n      path: /opt/t\n",
    "files": {
      "ca.pem": "6161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161",
      "f0": "5f787a2e61efbbbf27f09f98807f1b2020202020202020202020202020202020202020202020202020202020202020",
      "f2": "6161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161",
      "tree/t0.txt": "f48fbfbf61616161616161610000"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"security\": {\n      \"tls\": {\n        \"certificateAuthorities\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n          }\n        ]\n      }\n    },\n    \"version\": \"3.3.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/f0\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,X3h6LmHvu78n8J+YgH8bICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA=\"\n        }\n      },\n      {\n        \"path\": \"/etc/f1\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,aaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8yzabzya\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/etc/f2\",\n        \"contents\": {\n          \"compression\": \"gzip\",\n          \"source\": \"data:,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/opt/t/t0.txt\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%F4%8F%BF%BFaaaaaaaa%00%00\"\n        },\n        \"mode\": 420\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"security\":{\"tls\":{\"certificateAuthorities\":[{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}]}},\"version\":\"3.3.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/f0\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,X3h6LmHvu78n8J+YgH8bICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA=\"}},{\"path\":\"/etc/f1\",\"contents\":{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8yzabzya\"},\"mode\":420},{\"path\":\"/etc/f2\",\"contents\":{\"compression\":\"gzip\",\"source\":\"data:,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"},\"mode\":420},{\"path\":\"/opt/t/t0.txt\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%F4%8F%BF%BFaaaaaaaa%00%00\"},\"mode\":420}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "generated case 00008: eb-tie-invalid, eb-tie-utf8, quadlet-invalid",
    "input": "variant: fcos\nversion: 1.8.0-experimental\nstorage:\n  files:\n    - path: /etc/f0\n      append:\n        - local: a00\n    - path: /etc/f1\n      append:\n        - local: a10\nsystemd:\n  quadlets:\n    - name: q0.container\n      contents: \"\u4e2d%%\"\n    - name: q1.container\n      contents_local: q1.container\n",
    "files": {
      "a10": "6161616161616161616161616161616161616161e280a8e280a8e280a8",
      "q1.container": "61616161616161616161000000f08080af",
      "a00": "000000000000000000000000000000000000000000000000f09f980d0a"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.7.0-experimental\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/f0\",\n        \"append\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:;base64,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8J+YDQo=\"\n          }\n        ]\n      },\n      {\n        \"path\": \"/etc/f1\",\n        \"append\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:,aaaaaaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8\"\n          }\n        ]\n      },\n      {\n        \"path\": \"/etc/containers/systemd/users/q0.container\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%E4%B8%AD%25%25\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/etc/containers/systemd/users/q1.container\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,aaaaaaaaaa%00%00%00%F0%80%80%AF\"\n        },\n        \"mode\": 420\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.7.0-experimental\"},\"storage\":{\"files\":[{\"path\":\"/etc/f0\",\"append\":[{\"compression\":\"\",\"source\":\"data:;base64,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8J+YDQo=\"}]},{\"path\":\"/etc/f1\",\"append\":[{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8\"}]},{\"path\":\"/etc/containers/systemd/users/q0.container\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%E4%B8%AD%25%25\"},\"mode\":420},{\"path\":\"/etc/containers/systemd/users/q1.container\",\"contents\":{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaa%00%00%00%F0%80%80%AF\"},\"mode\":420}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "generated case 00012: eb-tie-invalid, eb-tie-utf8, gz-tie-invalid, tree-invalid",
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/f0\n      mode: 0644\n      append:\n        - local: a00\n  trees:\n    - local: tree\n      path: /opt/t\n",
    "files": {
      "a00": "6161616161616161616161616161616161e280a8e280a8e280a82061785a7e",
      "tree/t0": "61e280a8795f2d2d5f5ce282",
      "tree/t1.txt": "6161616161616161616161616161616161616161616161616161f08080afefbfbef08080af",
      "tree/t2 sp": "616161000000f4908080"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/f0\",\n        \"append\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:,aaaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8%20axZ~\"\n          }\n        ],\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/opt/t/t0\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,YeKAqHlfLS1fXOKC\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/opt/t/t1.txt\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,aaaaaaaaaaaaaaaaaaaaaaaaaa%F0%80%80%AF%EF%BF%BE%F0%80%80%AF\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/opt/t/t2 sp\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,YWFhAAAA9JCAgA==\"\n        },\n        \"mode\": 420\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/f0\",\"append\":[{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8%20axZ~\"}],\"mode\":420},{\"path\":\"/opt/t/t0\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,YeKAqHlfLS1fXOKC\"},\"mode\":420},{\"path\":\"/opt/t/t1.txt\",\"contents\":{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaaaaaaaaaaaaaaaaaa%F0%80%80%AF%EF%BF%BE%F0%80%80%AF\"},\"mode\":420},{\"path\":\"/opt/t/t2 sp\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,YWFhAAAA9JCAgA==\"},\"mode\":420}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "generated case 00020: merge-local-invalid",
    "input": "variant: fcos\nversion: 1.4.0\nignition:\n  config:\n    replace:\n      local: c0.ign\n  security:\n    tls:\n      certificate_authorities:\n        - local: ca.pem\n",
    "files": {
      "ca.pem": "78622d61782020202020202020202020202020202020202020202020",
      "c0.ign": "7b2269676e6974696f6e223a7b2276657273696f6e223a22332e302e30227d2c2273746f72616765223a7b2266696c6573223a5b7b2270617468223a222f78c0af2bff30f09f98227d5d7d7d"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"config\": {\n      \"replace\": {\n        \"compression\": \"\",\n        \"source\": \"data:;base64,eyJpZ25pdGlvbiI6eyJ2ZXJzaW9uIjoiMy4wLjAifSwic3RvcmFnZSI6eyJmaWxlcyI6W3sicGF0aCI6Ii94wK8r/zDwn5gifV19fQ==\"\n      }\n    },\n    \"security\": {\n      \"tls\": {\n        \"certificateAuthorities\": [\n          {\n            \"compression\": \"\",\n            \"source\": \"data:;base64,eGItYXggICAgICAgICAgICAgICAgICAgICAgIA==\"\n          }\n        ]\n      }\n    },\n    \"version\": \"3.3.0\"\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"config\":{\"replace\":{\"compression\":\"\",\"source\":\"data:;base64,eyJpZ25pdGlvbiI6eyJ2ZXJzaW9uIjoiMy4wLjAifSwic3RvcmFnZSI6eyJmaWxlcyI6W3sicGF0aCI6Ii94wK8r/zDwn5gifV19fQ==\"}},\"security\":{\"tls\":{\"certificateAuthorities\":[{\"compression\":\"\",\"source\":\"data:;base64,eGItYXggICAgICAgICAgICAgICAgICAgICAgIA==\"}]}},\"version\":\"3.3.0\"}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "generated case 00027: gz-tie-utf8, inline-escapes",
    "input": "variant: fcos\nversion: 1.3.0\nstorage:\n  files:\n    - path: /etc/f0\n      contents:\n        inline: \"\\uFEFFaaaaa\u2028\"\n    - path: /etc/f1\n      mode: 0644\n      contents:\n        local: f1\n    - path: /etc/f2\n      contents:\n        inline: \"ba.-b\\uFFFEc----_x\\U0010ffffz_.\u2029aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n  trees:\n    - local: tree\n      path: /opt/t\n",
    "files": {
      "f1": "79792e6161617afe",
      "tree/t0": "252020202020202020202020202020202020202020202020202020202020202020",
      "tree/t1 sp": "6161616161616161616161616161616100e4b8ad20efbfbe"
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.2.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/f0\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%EF%BB%BFaaaaa%E2%80%A8\"\n        }\n      },\n      {\n        \"path\": \"/etc/f1\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,yy.aaaz%FE\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/etc/f2\",\n        \"contents\": {\n          \"compression\": \"gzip\",\n          \"source\": \"data:;base64,H4sIAAAAAAAC/0pK1NNNer9/X7Kurq5ufMWX/v37q+L1HjWsTCQOAAIAAP//ieEWBUAAAAA=\"\n        }\n      },\n      {\n        \"path\": \"/opt/t/t0\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,JSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/opt/t/t1 sp\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,YWFhYWFhYWFhYWFhYWFhYQDkuK0g77++\"\n        },\n        \"mode\": 420\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.2.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/f0\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%EF%BB%BFaaaaa%E2%80%A8\"}},{\"path\":\"/etc/f1\",\"contents\":{\"compression\":\"\",\"source\":\"data:,yy.aaaz%FE\"},\"mode\":420},{\"path\":\"/etc/f2\",\"contents\":{\"compression\":\"gzip\",\"source\":\"data:;base64,H4sIAAAAAAAC/0pK1NNNer9/X7Kurq5ufMWX/v37q+L1HjWsTCQOAAIAAP//ieEWBUAAAAA=\"}},{\"path\":\"/opt/t/t0\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,JSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg\"},\"mode\":420},{\"path\":\"/opt/t/t1 sp\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,YWFhYWFhYWFhYWFhYWFhYQDkuK0g77++\"},\"mode\":420}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "generated case 00041: eb-tie-utf8, grub, gz-tie-invalid, merge-local-invalid, tree-invalid",
    "input": "variant: fcos\nversion: 1.8.0-experimental\nignition:\n  config:\n    merge:\n      - local: c0.ign\nstorage:\n  trees:\n    - local: tree\n      path: /opt/t\ngrub:\n  users:\n    - name: \"root\"\n      password_hash: \"grub.pbkdf2.sha512.10000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"\n    - name: \"a b\"\n      password_hash: \"grub.pbkdf2.sha512.10000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u2028\"\n",
    "files": {
      "c0.ign": "7b2269676e6974696f6e223a7b2276657273696f6e223a22332e322e30227d2c2273746f72616765223a7b2266696c6573223a5b7b2270617468223a222f78eda080edb0802e635f2e202d207962635f63c285616161616161616161616161616161616161616161616161227d5d7d7d",
      "tree/t1": "616161616161616161616161616161616161616161616161e280a8e280a8e280a8",
      "tree/t0%25": "e080afe28261",
      "tree/t2": ""
    },
    "args": [
      "-d",
      "files"
    ],
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"config\": {\n      \"merge\": [\n        {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,eyJpZ25pdGlvbiI6eyJ2ZXJzaW9uIjoiMy4yLjAifSwic3RvcmFnZSI6eyJmaWxlcyI6W3sicGF0aCI6Ii947aCA7bCALmNfLiAtIHliY19jwoVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWEifV19fQ==\"\n        }\n      ]\n    },\n    \"version\": \"3.7.0-experimental\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/boot/grub2/user.cfg\",\n        \"append\": [\n          {\n            \"compression\": \"gzip\",\n            \"source\": \"data:;base64,H4sIAAAAAAAC/1JWcE/NSy1KLElNUUiqVHAqLUnMS+XiKk4tUSguLUgtKi1OLSq2VSrKzy9RSFRIUuIqSCwuLs8vSokvSMpOSTNSAMukF5Um6UEE9IozEk0NjfQMDQwMDPQcaQAwnJCokERzFzxqWMEFCAAA//96S5mNLAEAAA==\"\n          }\n        ]\n      },\n      {\n        \"path\": \"/opt/t/t0%25\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,4ICv4oJh\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/opt/t/t1\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,aaaaaaaaaaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/opt/t/t2\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,\"\n        },\n        \"mode\": 420\n      }\n    ],\n    \"filesystems\": [\n      {\n        \"device\": \"/dev/disk/by-label/boot\",\n        \"format\": \"ext4\",\n        \"path\": \"/boot\"\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"config\":{\"merge\":[{\"compression\":\"\",\"source\":\"data:;base64,eyJpZ25pdGlvbiI6eyJ2ZXJzaW9uIjoiMy4yLjAifSwic3RvcmFnZSI6eyJmaWxlcyI6W3sicGF0aCI6Ii947aCA7bCALmNfLiAtIHliY19jwoVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWEifV19fQ==\"}]},\"version\":\"3.7.0-experimental\"},\"storage\":{\"files\":[{\"path\":\"/boot/grub2/user.cfg\",\"append\":[{\"compression\":\"gzip\",\"source\":\"data:;base64,H4sIAAAAAAAC/1JWcE/NSy1KLElNUUiqVHAqLUnMS+XiKk4tUSguLUgtKi1OLSq2VSrKzy9RSFRIUuIqSCwuLs8vSokvSMpOSTNSAMukF5Um6UEE9IozEk0NjfQMDQwMDPQcaQAwnJCokERzFzxqWMEFCAAA//96S5mNLAEAAA==\"}]},{\"path\":\"/opt/t/t0%25\",\"contents\":{\"compression\":\"\",\"source\":\"data:;base64,4ICv4oJh\"},\"mode\":420},{\"path\":\"/opt/t/t1\",\"contents\":{\"compression\":\"\",\"source\":\"data:,aaaaaaaaaaaaaaaaaaaaaaaa%E2%80%A8%E2%80%A8%E2%80%A8\"},\"mode\":420},{\"path\":\"/opt/t/t2\",\"contents\":{\"compression\":\"\",\"source\":\"data:,\"},\"mode\":420}],\"filesystems\":[{\"device\":\"/dev/disk/by-label/boot\",\"format\":\"ext4\",\"path\":\"/boot\"}]}}\n",
      "stderr": "",
      "status": 0
    }
  }
];

testReferenceCases(CASES);
