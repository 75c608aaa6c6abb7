// Differential round 3 (inputs from the /tmp/diff3 generators: quadlets, unit-content parsing, template units,
// YAML limits and encodings, merge keys, inline Ignition configs, MachineConfig YAML quoting, JSON escaping,
// boot_device, Ignition warnings). Every input here matched the reference when it was found; the cases guard the
// behaviours against regressions. Expected stdout/stderr/status are what the reference butane v0.29.0 printed for
// `--pretty --raw-errors input.bu` and `--raw-errors input.bu` (cwd = a directory holding only input.bu).
import { testReferenceCases, type ReferenceCase } from '../../support/reference-cases';

const CASES: ReferenceCase[] = [
  {
    "name": "quadlets: template, instance symlink, rootful with drop-in",
    "args": [],
    "input": "variant: fcos\nversion: 1.8.0-experimental\nsystemd:\n  quadlets:\n    - name: web@.container\n      contents: |\n        [Container]\n        Image=quay.io/x/web\n    - name: web@8080.container\n    - name: db.container\n      rootful: true\n      contents: \"[Container]\\nImage=db\\n\"\n      dropins:\n        - name: 10-env.conf\n          contents: \"[Container]\\nEnvironment=A=1\\n\"\n    - name: data.volume\n      contents: \"\"\n",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.7.0-experimental\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/containers/systemd/users/web@.container\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%5BContainer%5D%0AImage%3Dquay.io%2Fx%2Fweb%0A\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/etc/containers/systemd/db.container\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%5BContainer%5D%0AImage%3Ddb%0A\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/etc/containers/systemd/db.container.d/10-env.conf\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,%5BContainer%5D%0AEnvironment%3DA%3D1%0A\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"path\": \"/etc/containers/systemd/users/data.volume\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,\"\n        },\n        \"mode\": 420\n      }\n    ],\n    \"links\": [\n      {\n        \"path\": \"/etc/containers/systemd/users/web@8080.container\",\n        \"target\": \"web@.container\"\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.7.0-experimental\"},\"storage\":{\"files\":[{\"path\":\"/etc/containers/systemd/users/web@.container\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%5BContainer%5D%0AImage%3Dquay.io%2Fx%2Fweb%0A\"},\"mode\":420},{\"path\":\"/etc/containers/systemd/db.container\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%5BContainer%5D%0AImage%3Ddb%0A\"},\"mode\":420},{\"path\":\"/etc/containers/systemd/db.container.d/10-env.conf\",\"contents\":{\"compression\":\"\",\"source\":\"data:,%5BContainer%5D%0AEnvironment%3DA%3D1%0A\"},\"mode\":420},{\"path\":\"/etc/containers/systemd/users/data.volume\",\"contents\":{\"compression\":\"\",\"source\":\"data:,\"},\"mode\":420}],\"links\":[{\"path\":\"/etc/containers/systemd/users/web@8080.container\",\"target\":\"web@.container\"}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "enabled instance of a template unit without [Install]",
    "args": [],
    "input": "variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: tmpl@.service\n      contents: \"[Unit]\\nDescription=t\\n[Service]\\nExecStart=/bin/true\\n\"\n    - name: tmpl@1.service\n      enabled: true\n    - name: other@x.y.service\n      enabled: true\n",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"systemd\": {\n    \"units\": [\n      {\n        \"contents\": \"[Unit]\\nDescription=t\\n[Service]\\nExecStart=/bin/true\\n\",\n        \"name\": \"tmpl@.service\"\n      },\n      {\n        \"enabled\": true,\n        \"name\": \"tmpl@1.service\"\n      },\n      {\n        \"enabled\": true,\n        \"name\": \"other@x.y.service\"\n      }\n    ]\n  }\n}\n",
      "stderr": "warning at $.systemd.units.1.contents, line 7 col 7: template unit \"tmpl@.service\" for \"tmpl@1.service\" doesn't have Install section\n",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"systemd\":{\"units\":[{\"contents\":\"[Unit]\\nDescription=t\\n[Service]\\nExecStart=/bin/true\\n\",\"name\":\"tmpl@.service\"},{\"enabled\":true,\"name\":\"tmpl@1.service\"},{\"enabled\":true,\"name\":\"other@x.y.service\"}]}}\n",
      "stderr": "warning at $.systemd.units.1.contents, line 7 col 7: template unit \"tmpl@.service\" for \"tmpl@1.service\" doesn't have Install section\n",
      "status": 0
    }
  },
  {
    "name": "UTF-16LE document with a BOM",
    "args": [],
    "inputHex": "fffe760061007200690061006e0074003a002000660063006f0073000a00760065007200730069006f006e003a00200031002e0035002e0030000a00730074006f0072006100670065003a000a0020002000660069006c00650073003a000a0020002000200020002d00200070006100740068003a0020002f006500740063002f0061000a0020002000200020002000200063006f006e00740065006e00740073003a000a002000200020002000200020002000200069006e006c0069006e0065003a0020006800e9006c006c006f000a00",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/a\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,h%C3%A9llo\"\n        }\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/a\",\"contents\":{\"compression\":\"\",\"source\":\"data:,h%C3%A9llo\"}}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "inline merge config of an unknown Ignition version",
    "args": [],
    "input": "variant: fcos\nversion: 1.5.0\nignition:\n  config:\n    merge:\n      - inline: '{\"ignition\": {\"version\": \"3.99.0\"}, \"bogus\": 1}'\n",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"config\": {\n      \"merge\": [\n        {\n          \"compression\": \"\",\n          \"source\": \"data:;base64,eyJpZ25pdGlvbiI6IHsidmVyc2lvbiI6ICIzLjk5LjAifSwgImJvZ3VzIjogMX0=\"\n        }\n      ]\n    },\n    \"version\": \"3.4.0\"\n  }\n}\n",
      "stderr": "warning at $.ignition.config.merge.0.version, line 6 col 9: skipping validation for the merge/replace ignition config due to an unkown version\n",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"config\":{\"merge\":[{\"compression\":\"\",\"source\":\"data:;base64,eyJpZ25pdGlvbiI6IHsidmVyc2lvbiI6ICIzLjk5LjAifSwgImJvZ3VzIjogMX0=\"}]},\"version\":\"3.4.0\"}}\n",
      "stderr": "warning at $.ignition.config.merge.0.version, line 6 col 9: skipping validation for the merge/replace ignition config due to an unkown version\n",
      "status": 0
    }
  },
  {
    "name": "openshift MachineConfig YAML quoting of ambiguous strings",
    "args": [],
    "input": "variant: openshift\nversion: 4.16.0\nmetadata:\n  name: \"yes\"\n  labels:\n    machineconfiguration.openshift.io/role: \"0x1f\"\nopenshift:\n  kernel_arguments:\n    - \"2001-12-14\"\n    - \"a: b\"\n    - \" lead\"\n    - \"~\"\n    - \"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word\"\n  extensions:\n    - \"null\"\nsystemd:\n  units:\n    - name: a.service\n      contents: \"trailing \\n\\ttab\\n\"\n",
    "pretty": {
      "stdout": "# Generated by Butane; do not edit\napiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfig\nmetadata:\n  labels:\n    machineconfiguration.openshift.io/role: \"0x1f\"\n  name: \"yes\"\nspec:\n  config:\n    ignition:\n      version: 3.4.0\n    systemd:\n      units:\n        - contents: \"trailing \\n\\ttab\\n\"\n          name: a.service\n  extensions:\n    - \"null\"\n  kernelArguments:\n    - \"2001-12-14\"\n    - 'a: b'\n    - ' lead'\n    - \"~\"\n    - word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "# Generated by Butane; do not edit\napiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfig\nmetadata:\n  labels:\n    machineconfiguration.openshift.io/role: \"0x1f\"\n  name: \"yes\"\nspec:\n  config:\n    ignition:\n      version: 3.4.0\n    systemd:\n      units:\n        - contents: \"trailing \\n\\ttab\\n\"\n          name: a.service\n  extensions:\n    - \"null\"\n  kernelArguments:\n    - \"2001-12-14\"\n    - 'a: b'\n    - ' lead'\n    - \"~\"\n    - word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "JSON escaping of control, HTML and separator characters",
    "args": [],
    "input": "variant: fcos\nversion: 1.5.0\npasswd:\n  users:\n    - name: u\n      gecos: \"a\\bb\\fc<>&\\u2028\\u2029\\x7f\\x01\\u0085\\e\\v\\0\"\n",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"passwd\": {\n    \"users\": [\n      {\n        \"gecos\": \"a\\u0008b\\u000cc\\u003c\\u003e\\u0026\\u2028\\u2029\\u0001\\u001b\\u000b\\u0000\",\n        \"name\": \"u\"\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"passwd\":{\"users\":[{\"gecos\":\"a\\u0008b\\u000cc\\u003c\\u003e\\u0026\\u2028\\u2029\\u0001\\u001b\\u000b\\u0000\",\"name\":\"u\"}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "boot_device luks (tang + tpm2, threshold) and mirror, with a user filesystem on the root label",
    "args": [],
    "input": "variant: fcos\nversion: 1.6.0\nboot_device:\n  layout: x86_64\n  luks:\n    tang:\n      - url: https://tang.example.com\n        thumbprint: abc\n    tpm2: true\n    threshold: 2\n    discard: true\n  mirror:\n    devices:\n      - /dev/vda\n      - /dev/vdb\nstorage:\n  filesystems:\n    - device: /dev/mapper/root\n      format: xfs\n      label: root\n      wipe_filesystem: true\n",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.5.0\"\n  },\n  \"storage\": {\n    \"disks\": [\n      {\n        \"device\": \"/dev/vda\",\n        \"partitions\": [\n          {\n            \"label\": \"bios-1\",\n            \"sizeMiB\": 1,\n            \"typeGuid\": \"21686148-6449-6E6F-744E-656564454649\"\n          },\n          {\n            \"label\": \"esp-1\",\n            \"sizeMiB\": 127,\n            \"typeGuid\": \"C12A7328-F81F-11D2-BA4B-00A0C93EC93B\"\n          },\n          {\n            \"label\": \"boot-1\",\n            \"sizeMiB\": 384\n          },\n          {\n            \"label\": \"root-1\"\n          }\n        ],\n        \"wipeTable\": true\n      },\n      {\n        \"device\": \"/dev/vdb\",\n        \"partitions\": [\n          {\n            \"label\": \"bios-2\",\n            \"sizeMiB\": 1,\n            \"typeGuid\": \"21686148-6449-6E6F-744E-656564454649\"\n          },\n          {\n            \"label\": \"esp-2\",\n            \"sizeMiB\": 127,\n            \"typeGuid\": \"C12A7328-F81F-11D2-BA4B-00A0C93EC93B\"\n          },\n          {\n            \"label\": \"boot-2\",\n            \"sizeMiB\": 384\n          },\n          {\n            \"label\": \"root-2\"\n          }\n        ],\n        \"wipeTable\": true\n      }\n    ],\n    \"filesystems\": [\n      {\n        \"device\": \"/dev/disk/by-partlabel/esp-1\",\n        \"format\": \"vfat\",\n        \"label\": \"esp-1\",\n        \"wipeFilesystem\": true\n      },\n      {\n        \"device\": \"/dev/disk/by-partlabel/esp-2\",\n        \"format\": \"vfat\",\n        \"label\": \"esp-2\",\n        \"wipeFilesystem\": true\n      },\n      {\n        \"device\": \"/dev/md/md-boot\",\n        \"format\": \"ext4\",\n        \"label\": \"boot\",\n        \"wipeFilesystem\": true\n      },\n      {\n        \"device\": \"/dev/mapper/root\",\n        \"format\": \"xfs\",\n        \"label\": \"root\",\n        \"wipeFilesystem\": true\n      }\n    ],\n    \"luks\": [\n      {\n        \"clevis\": {\n          \"tang\": [\n            {\n              \"thumbprint\": \"abc\",\n              \"url\": \"https://tang.example.com\"\n            }\n          ],\n          \"threshold\": 2,\n          \"tpm2\": true\n        },\n        \"device\": \"/dev/md/md-root\",\n        \"discard\": true,\n        \"label\": \"luks-root\",\n        \"name\": \"root\",\n        \"wipeVolume\": true\n      }\n    ],\n    \"raid\": [\n      {\n        \"devices\": [\n          \"/dev/disk/by-partlabel/boot-1\",\n          \"/dev/disk/by-partlabel/boot-2\"\n        ],\n        \"level\": \"raid1\",\n        \"name\": \"md-boot\",\n        \"options\": [\n          \"--metadata=1.0\"\n        ]\n      },\n      {\n        \"devices\": [\n          \"/dev/disk/by-partlabel/root-1\",\n          \"/dev/disk/by-partlabel/root-2\"\n        ],\n        \"level\": \"raid1\",\n        \"name\": \"md-root\"\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.5.0\"},\"storage\":{\"disks\":[{\"device\":\"/dev/vda\",\"partitions\":[{\"label\":\"bios-1\",\"sizeMiB\":1,\"typeGuid\":\"21686148-6449-6E6F-744E-656564454649\"},{\"label\":\"esp-1\",\"sizeMiB\":127,\"typeGuid\":\"C12A7328-F81F-11D2-BA4B-00A0C93EC93B\"},{\"label\":\"boot-1\",\"sizeMiB\":384},{\"label\":\"root-1\"}],\"wipeTable\":true},{\"device\":\"/dev/vdb\",\"partitions\":[{\"label\":\"bios-2\",\"sizeMiB\":1,\"typeGuid\":\"21686148-6449-6E6F-744E-656564454649\"},{\"label\":\"esp-2\",\"sizeMiB\":127,\"typeGuid\":\"C12A7328-F81F-11D2-BA4B-00A0C93EC93B\"},{\"label\":\"boot-2\",\"sizeMiB\":384},{\"label\":\"root-2\"}],\"wipeTable\":true}],\"filesystems\":[{\"device\":\"/dev/disk/by-partlabel/esp-1\",\"format\":\"vfat\",\"label\":\"esp-1\",\"wipeFilesystem\":true},{\"device\":\"/dev/disk/by-partlabel/esp-2\",\"format\":\"vfat\",\"label\":\"esp-2\",\"wipeFilesystem\":true},{\"device\":\"/dev/md/md-boot\",\"format\":\"ext4\",\"label\":\"boot\",\"wipeFilesystem\":true},{\"device\":\"/dev/mapper/root\",\"format\":\"xfs\",\"label\":\"root\",\"wipeFilesystem\":true}],\"luks\":[{\"clevis\":{\"tang\":[{\"thumbprint\":\"abc\",\"url\":\"https://tang.example.com\"}],\"threshold\":2,\"tpm2\":true},\"device\":\"/dev/md/md-root\",\"discard\":true,\"label\":\"luks-root\",\"name\":\"root\",\"wipeVolume\":true}],\"raid\":[{\"devices\":[\"/dev/disk/by-partlabel/boot-1\",\"/dev/disk/by-partlabel/boot-2\"],\"level\":\"raid1\",\"name\":\"md-boot\",\"options\":[\"--metadata=1.0\"]},{\"devices\":[\"/dev/disk/by-partlabel/root-1\",\"/dev/disk/by-partlabel/root-2\"],\"level\":\"raid1\",\"name\":\"md-root\"}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "hard link owner warnings and partitions-overwritten / implicit-wipe warnings",
    "args": [],
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  links:\n    - path: /etc/l\n      target: /etc/t\n      hard: true\n      user:\n        id: 0\n        name: core\n      group:\n        name: core\n  disks:\n    - device: /dev/vdb\n      partitions:\n        - label: x\n    - device: /dev/vdc\n      wipe_table: true\n  filesystems:\n    - device: /dev/vdb\n      format: xfs\n    - device: /dev/vdc\n      format: ext4\n",
    "pretty": {
      "stdout": "",
      "stderr": "warning at $.storage.links.0.user.id, line 9 col 13: user/group ignored for hard link\nwarning at $.storage.links.0.user.name, line 10 col 15: user/group ignored for hard link\nwarning at $.storage.links.0.group.name, line 12 col 15: user/group ignored for hard link\nwarning at $.storage.filesystems.0.device, line 20 col 15: filesystem overwrites partitioned device\nwarning at $.storage.filesystems.1.device, line 22 col 15: device matches disk with wipeTable enabled; filesystem will be wiped\nerror at $.storage.links.0.user, line 9 col 9: cannot set both id and name\nError translating config: config generated was invalid\n",
      "status": 1
    },
    "compact": {
      "stdout": "",
      "stderr": "warning at $.storage.links.0.user.id, line 9 col 13: user/group ignored for hard link\nwarning at $.storage.links.0.user.name, line 10 col 15: user/group ignored for hard link\nwarning at $.storage.links.0.group.name, line 12 col 15: user/group ignored for hard link\nwarning at $.storage.filesystems.0.device, line 20 col 15: filesystem overwrites partitioned device\nwarning at $.storage.filesystems.1.device, line 22 col 15: device matches disk with wipeTable enabled; filesystem will be wiped\nerror at $.storage.links.0.user, line 9 col 9: cannot set both id and name\nError translating config: config generated was invalid\n",
      "status": 1
    }
  },
  {
    "name": "two byte-order marks",
    "args": [],
    "inputHex": "efbbbfefbbbf76617269616e743a2066636f730a76657273696f6e3a20312e352e300a",
    "pretty": {
      "stdout": "",
      "stderr": "Error translating config: error parsing version; must be a valid semver\n",
      "status": 1
    },
    "compact": {
      "stdout": "",
      "stderr": "Error translating config: error parsing version; must be a valid semver\n",
      "status": 1
    }
  },
  {
    "name": "unit line of 2100 bytes that starts beyond the last 2048 buffered bytes: not checked",
    "args": [],
    "input": "variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      contents: \"[Service]\\nA0=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nA1=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nA2=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nB=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\n\"\n",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"systemd\": {\n    \"units\": [\n      {\n        \"contents\": \"[Service]\\nA0=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nA1=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nA2=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nB=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\n\",\n        \"name\": \"a.service\"\n      }\n    ]\n  }\n}\n",
      "stderr": "",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"systemd\":{\"units\":[{\"contents\":\"[Service]\\nA0=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nA1=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nA2=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nB=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\n\",\"name\":\"a.service\"}]}}\n",
      "stderr": "",
      "status": 0
    }
  },
  {
    "name": "unit line of 2100 bytes that starts within the buffered 2048 bytes: too long",
    "args": [],
    "input": "variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      contents: \"[Service]\\nA0=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nA1=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nB=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\\n\"\n",
    "pretty": {
      "stdout": "",
      "stderr": "error at $.systemd.units.0.contents, line 6 col 17: invalid unit content: line too long (max 2048 bytes)\nError translating config: config generated was invalid\n",
      "status": 1
    },
    "compact": {
      "stdout": "",
      "stderr": "error at $.systemd.units.0.contents, line 6 col 17: invalid unit content: line too long (max 2048 bytes)\nError translating config: config generated was invalid\n",
      "status": 1
    }
  },
  {
    "name": "merge key with a list of aliases: earlier maps win, the entry itself wins over all",
    "args": [],
    "input": "variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - &a {path: /etc/x, mode: 0600}\n    - &b {path: /etc/y, overwrite: false, mode: 0644, contents: {inline: b}}\n    - <<: [*a, *b]\n      path: /etc/a\n",
    "pretty": {
      "stdout": "{\n  \"ignition\": {\n    \"version\": \"3.4.0\"\n  },\n  \"storage\": {\n    \"files\": [\n      {\n        \"path\": \"/etc/x\",\n        \"mode\": 384\n      },\n      {\n        \"overwrite\": false,\n        \"path\": \"/etc/y\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,b\"\n        },\n        \"mode\": 420\n      },\n      {\n        \"overwrite\": false,\n        \"path\": \"/etc/a\",\n        \"contents\": {\n          \"compression\": \"\",\n          \"source\": \"data:,b\"\n        },\n        \"mode\": 384\n      }\n    ]\n  }\n}\n",
      "stderr": "warning at $.storage.files.2.<<, line 7 col 7: unused key <<\n",
      "status": 0
    },
    "compact": {
      "stdout": "{\"ignition\":{\"version\":\"3.4.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/x\",\"mode\":384},{\"overwrite\":false,\"path\":\"/etc/y\",\"contents\":{\"compression\":\"\",\"source\":\"data:,b\"},\"mode\":420},{\"overwrite\":false,\"path\":\"/etc/a\",\"contents\":{\"compression\":\"\",\"source\":\"data:,b\"},\"mode\":384}]}}\n",
      "stderr": "warning at $.storage.files.2.<<, line 7 col 7: unused key <<\n",
      "status": 0
    }
  }
];

// Too long to spell out above: the same check, with the document built here.
const depthLimitError = { stdout: '', stderr: 'Error translating config: Error unmarshaling yaml: yaml: line 3: exceeded max depth of 10000\n', status: 1 };
CASES.push({
  name: 'flow nesting beyond 10000 levels stops at the YAML depth limit',
  input: 'variant: fcos\nversion: 1.5.0\nx: ' + '['.repeat(10001) + ']'.repeat(10001) + '\n',
  args: [],
  pretty: depthLimitError,
  compact: depthLimitError,
});

testReferenceCases(CASES);
