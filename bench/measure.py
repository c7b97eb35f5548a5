#!/usr/bin/env python3
"""Runs several commands RUNS times each, interleaved (A B C A B C ...), so that a change
in the machine's load falls on all of them alike; prints each one's median wall time,
its minimum and its peak RSS.

Usage: measure.py RUNS COMMANDS_FILE
COMMANDS_FILE: one command a line, "NAME OUTPUT_FILE COMMAND ARGS..." (shell words);
the command's stdout goes to OUTPUT_FILE, stderr is discarded.
Prints one line per command: "NAME median_s=0.123 min_s=0.120 cpu_s=0.200 max_rss_kib=10240"
(cpu_s: the median of user + system time, which CPU contention from other work on the
machine inflates far less than wall time).
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(output, command):
    with open(output, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        elapsed = time.perf_counter() - start
    if process.returncode not in (0, 65):
        sys.exit("command failed (%d): %s" % (process.returncode, " ".join(command)))
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss  # KiB on Linux


def main():
    runs = int(sys.argv[1])
    commands = []
    for line in open(sys.argv[2]):
        words = shlex.split(line)
        if words:
            commands.append((words[0], words[1], words[2:]))
    times = {name: [] for name, _, _ in commands}
    cpu = {name: [] for name, _, _ in commands}
    peaks = {name: 0 for name, _, _ in commands}
    for _ in range(runs):
        for name, output, command in commands:
            elapsed, cpu_s, rss = run_once(output, command)
            times[name].append(elapsed)
            cpu[name].append(cpu_s)
            peaks[name] = max(peaks[name], rss)
    for name, _, _ in commands:
        print("%s median_s=%.5f min_s=%.5f cpu_s=%.5f max_rss_kib=%d" %
              (name, statistics.median(times[name]), min(times[name]), statistics.median(cpu[name]), peaks[name]))


if __name__ == "__main__":
    main()
