#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared library exports exactly the functions the public headers
declare with EI_API: nothing private leaks, nothing declared is missing."""
import pathlib
import re
import subprocess
import sys

src, lib, nm = sys.argv[1], sys.argv[2], sys.argv[3]
declared = set()
for h in pathlib.Path(src, "include", "econind").glob("*.h*"):
    text = re.sub(r"/\*.*?\*/", "", h.read_text(encoding="utf-8"), flags=re.S)
    for m in re.finditer(r"\bEI_API\b[^;{]*?\b(ei_\w+)\s*\(", text):
        declared.add(m.group(1))

out = subprocess.run([nm, "-D", "--defined-only", lib], check=True,
                     capture_output=True, text=True).stdout
exported = set()
for line in out.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "TWDBR":
        exported.add(parts[2].split("@")[0])
exported -= {"_init", "_fini"}

leaked = sorted(exported - declared)
missing = sorted(declared - exported)
for s in leaked:
    print(f"exported but not declared in a public header: {s}")
for s in missing:
    print(f"declared EI_API but not exported (not implemented?): {s}")
print(f"{len(declared)} declared, {len(exported)} exported")
sys.exit(1 if leaked or missing else 0)
