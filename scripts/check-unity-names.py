#!/usr/bin/env python3
"""Compiles each library's sources as ONE translation unit (g++ -fsyntax-only, the
project's warnings), the strictest composition a unity build can make: if it is clean,
every batch of the release and asan-ubsan builds is. It finds file-local names used by
two sources of a library, and using-declarations that leak into the next source.
Usage: scripts/check-unity-names.py [build/dev]   (a configured build folder)"""
import json, os, shlex, subprocess, sys

build = sys.argv[1] if len(sys.argv) > 1 else "build/dev"
commands = json.load(open(os.path.join(build, "compile_commands.json")))
groups = {}
for entry in commands:
    path = os.path.abspath(os.path.join(entry["directory"], entry["file"]))
    if "/src/" not in path or path.endswith(("/main.cpp", "/serve_exec.cpp", "/serve_local.cpp")):
        continue
    target = "cli" if "/src/cli/" in path else "server" if "/src/server/" in path else "lib"
    groups.setdefault(target, []).append((path, entry))
failed = False
for target, entries in sorted(groups.items()):
    args = shlex.split(entries[0][1]["command"])
    flags, i = [], 0
    while i < len(args):
        if args[i] == "-isystem":
            flags += args[i:i + 2]
            i += 2
            continue
        if args[i].startswith(("-I", "-D", "-std", "-W")):
            flags.append(args[i])
        i += 1
    source = os.path.join(build, f"unity-check-{target}.cpp")
    with open(source, "w") as out:
        for path, _ in sorted(entries):
            out.write(f'#include "{path}"\n')
    result = subprocess.run(["g++", "-fsyntax-only", *flags, source], capture_output=True, text=True,
                            cwd=entries[0][1]["directory"])
    problems = [l for l in result.stderr.splitlines() if ": error:" in l or ": warning:" in l]
    print(f"{target}: {len(entries)} sources, {len(problems)} problems")
    for line in problems:
        print("  " + line)
    failed = failed or result.returncode != 0 or bool(problems)
sys.exit(1 if failed else 0)
