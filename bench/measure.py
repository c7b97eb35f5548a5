#!/usr/bin/env python3
"""Runs a command several times; prints the median wall time and the peak RSS.

Usage: measure.py RUNS OUTPUT_FILE -- COMMAND...   (stdout of the command goes to OUTPUT_FILE)
Prints: "median_s=0.123 min_s=0.120 max_rss_kib=10240".
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    output = sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1:]
    times = []
    peak = 0
    for _ in range(runs):
        with open(output, "wb") as out:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)  # already reaped
            times.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) not in (0, 65):
            sys.exit("command failed: %s" % " ".join(command))
        peak = max(peak, usage.ru_maxrss)  # KiB on Linux
    print("median_s=%.4f min_s=%.4f max_rss_kib=%d" % (statistics.median(times), min(times), peak))


if __name__ == "__main__":
    main()
