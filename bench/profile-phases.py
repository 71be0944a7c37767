#!/usr/bin/env python3
"""Breaks an async-profiler collapsed-stack file of the bench server down by phase of a request.

    python3 bench/profile-phases.py target/bench/<stamp>/profile-<scenario>-cpu.collapsed

bench/run.sh writes these files with BENCH_PROFILE=cpu (every thread's CPU samples) or
BENCH_PROFILE=wall (every thread's samples whether running or waiting, each stack prefixed with
its thread's name). A stack goes to the first phase whose frame patterns it contains; what none
names goes to the owner of its innermost non-JDK frame. For a wall profile only the request
threads ("Default Executor") are counted, and their waits are split by what they wait for.
"""
import collections
import sys

# (phase, substrings of a frame); first match wins, so the specific ones come first.
PHASES = [
    ("idle: executor thread waiting for work", ["BoundedBuffer.take", "BoundedBuffer.poll",
                                                 "ThreadPoolExecutor.getTask"]),
    ("JIT compiler", ["CompileBroker", "C2Compiler", "Compile::"]),
    ("GC", ["G1ParScan", "G1Concurrent", "G1Young", "G1Service", "ConcurrentGCThread",
            "WorkerThread::run", "GangWorker"]),
    ("audit outbox shipper (background)", ["OutboxShipper", "OutboxShippingScheduler"]),
    ("S3 SDK (background)", ["software/amazon"]),
    ("jakarta.json provider lookup (Json.createX)", ["jakarta/json/spi/JsonProvider.provider"]),
    ("JWT custom-claim lookups (Claims.valueOf exception)",
     ["org/eclipse/microprofile/jwt/Claims.valueOf"]),
    ("after commit: Redis cache invalidation", ["ReadCache.invalidate", "ReadCache$1.afterCompletion"]),
    ("read cache lookup (Redis MGET, value decode)", ["ReadCache"]),
    ("after commit: other (metrics observer, EclipseLink and J2C cleanup)",
     ["RegisteredSyncs.distributeAfter"]),
    ("before commit (EclipseLink flush)", ["RegisteredSyncs.distributeBefore"]),
    ("COMMIT (one-phase, PostgreSQL round trip)", ["commit_one_phase"]),
    ("commit: JTA bookkeeping", ["TransactionImpl.processCommit", "TransactionImpl.commit"]),
    ("connection pool wait", ["FreePool.createOrWaitForConnection", "FreePool.queueRequest"]),
    ("SQL statements: pgjdbc (socket I/O included)", ["org/postgresql"]),
    ("SQL statements: Liberty JDBC wrapper and pool", ["com/ibm/ws/rsadapter", "com/ibm/ejs/j2c"]),
    ("SQL statements: EclipseLink", ["org/eclipse/persistence", "com/ibm/ws/jpa"]),
    ("outbox payload JSON", ["TransactionLogJson"]),
    ("request JSON parse (StrictJson)", ["payfast/platform/json"]),
    ("JSON-B (Yasson)", ["org/eclipse/yasson"]),
    ("JWT and security", ["com/ibm/ws/security", "org/jose4j", "payfast/platform/security"]),
    ("metrics", ["io/smallrye/metrics", "io/openliberty/microprofile/metrics",
                 "com/ibm/ws/monitor", "io/micrometer"]),
]
# The innermost non-JDK frame's package when no phase matched.
OWNERS = [
    ("Bean Validation", ["org/hibernate/validator", "org/jboss/resteasy/plugins/validation"]),
    ("Weld (CDI proxies, interceptors)", ["org/jboss/weld", "com/ibm/ws/cdi"]),
    ("RESTEasy", ["org/jboss/resteasy", "io/openliberty/restfulWS", "com/ibm/ws/jaxrs"]),
    ("Liberty HTTP, web container, threading",
     ["com/ibm/ws/webcontainer", "com/ibm/ws/http", "com/ibm/ws/tcpchannel", "com/ibm/ws/genericbnf",
      "com/ibm/wsspi", "com/ibm/ws/threading", "com/ibm/ws/bytebuffer", "com/ibm/io",
      "com/ibm/ws/channelfw", "io/openliberty/http", "io/openliberty/webcontainer"]),
    ("Liberty trace guards (Tr.*)", ["com/ibm/websphere/ras", "com/ibm/ejs/ras"]),
    ("JTA interceptor", ["com/ibm/tx", "com/ibm/ws/tx", "com/ibm/ws/uow"]),
    ("application code", ["com/cloudvista"]),
]
# Wall profile: what a sampled thread is blocked in (its innermost frames).
WAITS = [
    ("waiting: PostgreSQL reply", ["org/postgresql/core/VisibleBufferedInputStream"]),
    ("waiting: Redis reply", ["redis/clients/jedis/util/RedisInputStream"]),
    ("waiting: lock or monitor", ["Unsafe.park", "Object.wait", "ObjectMonitor::enter"]),
]


def owner(frames):
    for frame in reversed(frames):
        if frame.endswith("_[k]") or "/" not in frame or frame.startswith(
                ("java/", "jdk/", "sun/", "javax/", "jakarta/")):
            continue
        for name, patterns in OWNERS:
            if frame.startswith(tuple(patterns)):
                return name
        return "other (" + "/".join(frame.split("/")[:3]) + ")"
    return "other (JVM or native)"


def phase(stack):
    for name, patterns in PHASES:
        if any(p in stack for p in patterns):
            return name
    return owner(stack.split(";"))


def main(path):
    stacks = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                stack, count = line.rsplit(" ", 1)
                stacks.append((stack, int(count)))
    # bench/run.sh names it profile-<scenario>-<cpu|wall>.collapsed ("wallet GET" holds "wall")
    wall = path.rsplit("/", 1)[-1].endswith("-wall.collapsed")
    if wall:
        threads = collections.Counter()
        for stack, n in stacks:
            threads[stack.split(";")[0].strip("[]").rstrip("0123456789-# ")] += n
        total = sum(threads.values())
        print(f"wall samples by thread group (all threads, {total}):")
        for name, n in threads.most_common(8):
            print(f"  {n:8d} {100 * n / total:5.1f}%  {name}")
        stacks = [(s, n) for s, n in stacks if s.startswith("[Default Executor")]
    total = sum(n for _, n in stacks) or 1
    phases = collections.Counter()
    for stack, n in stacks:
        name = phase(stack)
        if wall and not name.startswith("idle"):
            inner = ";".join(stack.split(";")[-12:])
            for wait, patterns in WAITS:
                if any(p in inner for p in patterns):
                    name = f"{name} [{wait}]"
                    break
        phases[name] += n
    kind = "wall samples of the request threads" if wall else "CPU samples, all threads"
    print(f"{kind}: {total}")
    for name, n in phases.most_common():
        print(f"  {n:8d} {100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
