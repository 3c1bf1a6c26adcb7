# Runs one command and prints {"wall": ms, "cpu": ms, "rss": MB} as JSON: CPU
# (user + sys of the child, every thread) from wait4 in microseconds, where
# /usr/bin/time rounds to 10 ms, too coarse for a 40 ms `node -e 0`.
#   python3 bench/cold-start-rusage.py cmd args...
import json, os, subprocess, sys, time

t0 = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
stderr = child.stderr.read()
_, status, usage = os.wait4(child.pid, 0)
wall = (time.perf_counter() - t0) * 1000
code = os.waitstatus_to_exitcode(status)
if code not in (0, 1):  # 1: a lint with findings, still a complete run
    sys.stderr.write(stderr.decode("utf8", "replace")[-2000:])
    sys.exit(f"{' '.join(sys.argv[1:])} exited {code}")
print(json.dumps({"wall": wall, "cpu": (usage.ru_utime + usage.ru_stime) * 1000, "rss": usage.ru_maxrss / 1024}))
