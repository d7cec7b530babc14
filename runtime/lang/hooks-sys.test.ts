// hooks-sys: the os, time, syscall, errors, hash/maphash and sync hooks on a TestMachine
// (typed arrays over a real heap), through argument blocks laid out in ABI0 — every
// bodyless function has a hook, offsets from the Go signatures, allocation of os.Args
// under a constantly collecting GC, files through a fake SysFS, the virtual clock,
// semaphores with and without a scheduler, errors.As's checks and assignment.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FatalError } from "../memory/fatal.js";
import { Kind, Machine } from "./abi.js";
import {
  Errno,
  GoExit,
  SysEnv,
  SysFS,
  SysScheduler,
  makeSysHooks,
  sysHooks,
  virtualClock,
} from "./hooks-sys.js";
import { GoPanicError, TestMachine, TypeTable } from "./testmachine.js";

/** Names of the functions declared without a body in a shipped stdlib file. */
function bodyless(file: string): string[] {
  const src = readFileSync(new URL(`../../compiler/stdlib/${file}`, import.meta.url), "utf8");
  return [...src.matchAll(/^func (\w+)\([^{\n]*$/gm)].map((m) => m[1]!);
}

function machine(opts: { gogc?: number; godebug?: string } = {}): {
  m: TestMachine;
  tt: TypeTable;
  a: number;
} {
  const tt = new TypeTable();
  tt.string();
  tt.int();
  const m = new TestMachine(tt.types, { arenaBytes: 1 << 20, ...opts });
  // The argument block: a frame whose pointer words are the string/slice headers
  // the tests put there (offsets 0, 16, 24 and 32 cover every layout used).
  const a = m.allocFrame(256, [0, 8, 16, 24, 32]);
  return { m, tt, a };
}

const int = (m: Machine, addr: number): number =>
  m.u32[addr >>> 2] + m.i32[(addr >>> 2) + 1] * 2 ** 32;
const setInt = (m: Machine, addr: number, v: number): void => {
  m.u32[addr >>> 2] = v >>> 0;
  m.i32[(addr >>> 2) + 1] = Math.floor(v / 2 ** 32);
};

/** The []string whose header is at addr. */
function strings(m: Machine, addr: number): string[] {
  const p = m.u32[addr >>> 2];
  const n = int(m, addr + 8);
  expect(int(m, addr + 16)).toBe(n);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(m.readString(p + 16 * i));
  return out;
}

/** Put a []byte of `bytes` (heap) at addr; returns the data address. */
function setBytes(m: TestMachine, addr: number, bytes: Uint8Array | number): number {
  const n = typeof bytes === "number" ? bytes : bytes.length;
  const p = m.allocNoscan(Math.max(n, 1));
  if (typeof bytes !== "number") m.u8.set(bytes, p);
  m.writePtr(addr, p);
  setInt(m, addr + 8, n);
  setInt(m, addr + 16, n);
  return p;
}

describe("the hook table", () => {
  it("has a hook for every bodyless function of os, time, syscall, errors, maphash and sync", () => {
    const files: [string, string][] = [
      ["os", "os/sys.go"],
      ["os", "os/file.go"],
      ["time", "time/sys.go"],
      ["syscall", "syscall/syscall.go"],
      ["errors", "errors/errors.go"],
      ["hash/maphash", "hash/maphash/maphash.go"],
      ["sync", "sync/runtime.go"],
    ];
    const want: string[] = [];
    for (const [pkg, file] of files) for (const name of bodyless(file)) want.push(`${pkg}.${name}`);
    expect(want.length).toBeGreaterThan(35);
    const hooks = makeSysHooks({ args: [] });
    expect(want.filter((k) => hooks[k] === undefined)).toEqual([]);
    expect(Object.keys(hooks).sort()).toEqual([...new Set(want)].sort());
    expect(Object.keys(sysHooks).sort()).toEqual(Object.keys(hooks).sort());
  });
});

describe("os", () => {
  it("builds os.Args from the runner's arguments", () => {
    const { m, a } = machine();
    const h = makeSysHooks({ args: ["prog", "héllo", "", "a b"] });
    h["os.runtime_args"](m, a);
    expect(strings(m, a)).toEqual(["prog", "héllo", "", "a b"]);
    const { m: m2, a: a2 } = machine();
    makeSysHooks({ args: [] })["os.runtime_args"](m2, a2);
    expect(m2.u32[a2 >>> 2]).toBe(0);
    expect(int(m2, a2 + 8)).toBe(0);
  });

  it("keeps every string of a long os.Args alive while collecting constantly", () => {
    const { m, a } = machine({ gogc: 1, godebug: "gccheckmark=1,clobberfree=1" });
    const args = Array.from({ length: 3000 }, (_, i) => `argument-${i}-${"x".repeat(i % 50)}`);
    const before = m.gc.numGC;
    makeSysHooks({ args })["os.runtime_args"](m, a);
    m.gc.GC();
    m.gc.GC();
    expect(m.gc.numGC - before).toBeGreaterThan(2);
    expect(strings(m, a)).toEqual(args);
  });

  it("writes fd 1 and 2 through the Machine and reports n and errno at +32/+40", () => {
    const { m, a } = machine();
    const h = makeSysHooks({ args: [] });
    setInt(m, a, 1);
    setBytes(m, a + 8, new TextEncoder().encode("hello\n"));
    h["os.sysWrite"](m, a);
    expect(m.stdout.join("")).toBe("hello\n");
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([6, 0]);
    setInt(m, a, 2);
    h["os.sysWrite"](m, a);
    expect(m.stderr.join("")).toBe("hello\n");
    setInt(m, a, 7); // no file system: bad descriptor
    h["os.sysWrite"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([0, Errno.EBADF]);
  });

  it("reads the standard input from SysEnv.stdin, else as end of input", () => {
    const { m, a } = machine();
    let fed = false;
    const h = makeSysHooks({
      args: [],
      stdin: (buf) => {
        if (fed) return 0;
        fed = true;
        buf.set([65, 66, 67]);
        return 3;
      },
    });
    setInt(m, a, 0);
    const p = setBytes(m, a + 8, 16);
    h["os.sysRead"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([3, 0]);
    expect([...m.u8.subarray(p, p + 3)]).toEqual([65, 66, 67]);
    h["os.sysRead"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([0, 0]);
    makeSysHooks({ args: [] })["os.sysRead"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([0, 0]);
  });

  it("reaches the file system with each hook's arguments and results at their offsets", () => {
    const { m, a } = machine();
    const calls: string[] = [];
    const fs: SysFS = {
      open: (p, flag, perm) => (
        calls.push(`open ${p} ${flag} ${perm.toString(8)}`),
        p === "missing" ? -Errno.ENOENT : 5
      ),
      close: (fd) => (calls.push(`close ${fd}`), fd === 5 ? 0 : Errno.EBADF),
      read: (fd, buf) => (calls.push(`read ${fd} ${buf.length}`), buf.set([1, 2]), 2),
      write: (fd, buf) => (calls.push(`write ${fd} ${[...buf]}`), buf.length),
      pread: (fd, buf, off) => (calls.push(`pread ${fd} ${buf.length} ${off}`), 1),
      pwrite: (fd, buf, off) => (calls.push(`pwrite ${fd} ${buf.length} ${off}`), -Errno.EBADF),
      seek: (fd, off, whence) => (calls.push(`seek ${fd} ${off} ${whence}`), off + 100),
      stat: (p) => (
        calls.push(`stat ${p}`),
        p === "f" ? { size: 1234, mode: 0o644, mtimeNs: 1_600_000_000_000_000_000n } : Errno.ENOENT
      ),
      remove: (p) => (calls.push(`remove ${p}`), Errno.ENOTEMPTY),
      rename: (x, y) => (calls.push(`rename ${x} ${y}`), 0),
      mkdir: (p, perm) => (calls.push(`mkdir ${p} ${perm.toString(8)}`), Errno.EEXIST),
      readDir: (p) => (calls.push(`readdir ${p}`), p === "d" ? ["b", "a"] : Errno.ENOTDIR),
      getwd: () => "/home/gopher",
      chdir: (p) => (calls.push(`chdir ${p}`), 0),
      truncate: (p, size) => (calls.push(`truncate ${p} ${size}`), 0),
    };
    const h = makeSysHooks({ args: [], fs });
    // sysOpen(name string, flag int, perm uint32) (fd int, errno int)
    m.storeString(a, "x.txt");
    setInt(m, a + 16, 0x241);
    m.u32[(a + 24) >>> 2] = 0o644;
    h["os.sysOpen"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([5, 0]);
    m.storeString(a, "missing");
    h["os.sysOpen"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([0, Errno.ENOENT]);
    // sysRead / sysWrite on a file descriptor
    setInt(m, a, 5);
    const p = setBytes(m, a + 8, new Uint8Array([9, 8, 7]));
    h["os.sysRead"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([2, 0]);
    expect([...m.u8.subarray(p, p + 3)]).toEqual([1, 2, 7]);
    h["os.sysWrite"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([3, 0]);
    // sysPread(fd, b, off int64) (n, errno): off +32, n +40, errno +48
    setInt(m, a + 32, 4096);
    h["os.sysPread"](m, a);
    expect([int(m, a + 40), int(m, a + 48)]).toEqual([1, 0]);
    h["os.sysPwrite"](m, a);
    expect([int(m, a + 40), int(m, a + 48)]).toEqual([0, Errno.EBADF]);
    // sysSeek(fd int, offset int64, whence int) (ret int64, errno int)
    setInt(m, a + 8, 10);
    setInt(m, a + 16, 1);
    h["os.sysSeek"](m, a);
    expect([int(m, a + 24), int(m, a + 32)]).toEqual([110, 0]);
    // sysClose(fd int) (errno int)
    h["os.sysClose"](m, a);
    expect(int(m, a + 8)).toBe(0);
    // sysStat(name) (size int64, mode uint32, mtimeNanos int64, errno int)
    m.storeString(a, "f");
    h["os.sysStat"](m, a);
    expect(int(m, a + 16)).toBe(1234);
    expect(m.u32[(a + 24) >>> 2]).toBe(0o644);
    expect(m.heap.mem.loadI64(a + 32)).toBe(1_600_000_000_000_000_000n);
    expect(int(m, a + 40)).toBe(0);
    m.storeString(a, "nope");
    h["os.sysStat"](m, a);
    expect(int(m, a + 40)).toBe(Errno.ENOENT);
    // one-path operations: errno after the arguments
    m.storeString(a, "dir");
    h["os.sysRemove"](m, a);
    expect(int(m, a + 16)).toBe(Errno.ENOTEMPTY);
    m.storeString(a + 16, "other");
    h["os.sysRename"](m, a);
    expect(int(m, a + 32)).toBe(0);
    m.u32[(a + 16) >>> 2] = 0o755;
    h["os.sysMkdir"](m, a);
    expect(int(m, a + 24)).toBe(Errno.EEXIST);
    h["os.sysChdir"](m, a);
    expect(int(m, a + 16)).toBe(0);
    setInt(m, a + 16, 77);
    h["os.sysTruncate"](m, a);
    expect(int(m, a + 24)).toBe(0);
    // sysReadDir(name) (names []string, errno int)
    m.storeString(a, "d");
    h["os.sysReadDir"](m, a);
    expect(strings(m, a + 16)).toEqual(["b", "a"]);
    expect(int(m, a + 40)).toBe(0);
    m.storeString(a, "f");
    h["os.sysReadDir"](m, a);
    expect(strings(m, a + 16)).toEqual([]);
    expect(int(m, a + 40)).toBe(Errno.ENOTDIR);
    // sysGetwd() (dir string, errno int)
    h["os.sysGetwd"](m, a);
    expect(m.readString(a)).toBe("/home/gopher");
    expect(int(m, a + 16)).toBe(0);
    expect(calls).toEqual([
      "open x.txt 577 644",
      "open missing 577 644",
      "read 5 3",
      "write 5 1,2,7",
      "pread 5 3 4096",
      "pwrite 5 3 4096",
      "seek 5 10 1",
      "close 5",
      "stat f",
      "stat nope",
      "remove dir",
      "rename dir other",
      "mkdir dir 755",
      "chdir dir",
      "truncate dir 77",
      "readdir d",
      "readdir f",
    ]);
  });

  it("without a file system: open and stat fail with ENOENT, getwd is /", () => {
    const { m, a } = machine();
    const h = makeSysHooks({ args: [] });
    m.storeString(a, "x");
    h["os.sysOpen"](m, a);
    expect([int(m, a + 32), int(m, a + 40)]).toEqual([0, Errno.ENOENT]);
    h["os.sysStat"](m, a);
    expect(int(m, a + 40)).toBe(Errno.ENOENT);
    h["os.sysGetwd"](m, a);
    expect(m.readString(a)).toBe("/");
    setInt(m, a, 1);
    h["os.sysClose"](m, a);
    expect(int(m, a + 8)).toBe(0);
  });

  it("keeps the environment in order through Setenv and Unsetenv", () => {
    const { m, a } = machine();
    const h = makeSysHooks({ args: [], environ: ["HOME=/root", "PATH=/bin", "LANG=C"] });
    h["os.sysEnviron"](m, a);
    expect(strings(m, a)).toEqual(["HOME=/root", "PATH=/bin", "LANG=C"]);
    m.storeString(a, "PATH");
    m.storeString(a + 16, "/usr/bin:/bin");
    h["os.sysSetenv"](m, a);
    m.storeString(a, "NEW");
    m.storeString(a + 16, "a=b");
    h["os.sysSetenv"](m, a);
    m.storeString(a, "HOME");
    h["os.sysUnsetenv"](m, a);
    h["os.sysEnviron"](m, a);
    expect(strings(m, a)).toEqual(["PATH=/usr/bin:/bin", "LANG=C", "NEW=a=b"]);
  });

  it("exits with GoExit carrying the code; Linux keeps its low 8 bits", () => {
    const { m, a } = machine();
    const h = makeSysHooks({ args: [], pid: 4242, ppid: 1 });
    for (const [code, status] of [
      [3, 3],
      [0, 0],
      [256, 0],
      [-1, 255],
    ]) {
      setInt(m, a, code);
      let e: unknown = null;
      try {
        h["os.Exit"](m, a);
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(GoExit);
      expect((e as GoExit).code).toBe(code);
      expect((e as GoExit).status).toBe(status);
    }
    setInt(m, a, 9);
    expect(() => h["syscall.Exit"](m, a)).toThrow(GoExit);
    h["os.Getpid"](m, a);
    expect(int(m, a)).toBe(4242);
    h["syscall.Getpid"](m, a);
    expect(int(m, a)).toBe(4242);
    h["os.Getppid"](m, a);
    expect(int(m, a)).toBe(1);
  });
});

describe("time", () => {
  it("reads the wall and monotonic clocks: now() is (sec +0, nsec +8, mono +16)", () => {
    const { m, a } = machine();
    const clock = virtualClock(1_700_000_000_123_456_789n);
    const h = makeSysHooks({ args: [], clock });
    h["time.now"](m, a);
    expect(int(m, a)).toBe(1_700_000_000);
    expect(m.i32[(a + 8) >>> 2]).toBe(123_456_790); // the virtual clock starts at 1 ns
    expect(int(m, a + 16)).toBe(1);
    // Sleep(5ms) without a scheduler advances the virtual clock.
    setInt(m, a, 5_000_000);
    h["time.Sleep"](m, a);
    h["time.runtimeNano"](m, a);
    expect(int(m, a)).toBe(5_000_001);
    h["time.now"](m, a);
    expect(int(m, a)).toBe(1_700_000_000);
    expect(m.i32[(a + 8) >>> 2]).toBe(128_456_790);
    setInt(m, a, -7);
    h["time.Sleep"](m, a);
    expect(clock.now()).toBe(5_000_001);
  });

  it("uses the real clock by default: monotonic and close to Date.now", () => {
    const { m, a } = machine();
    const h = makeSysHooks({ args: [] });
    h["time.now"](m, a);
    const sec = int(m, a);
    expect(Math.abs(sec - Date.now() / 1000)).toBeLessThan(5);
    const mono1 = int(m, a + 16);
    setInt(m, a, 2_000_000); // 2 ms, blocking without scheduler or virtual clock
    h["time.Sleep"](m, a);
    h["time.runtimeNano"](m, a);
    expect(int(m, a) - mono1).toBeGreaterThanOrEqual(1_900_000);
  });

  it("hands Sleep and timers to the scheduler", () => {
    const { m, a } = machine();
    const log: string[] = [];
    const sched: SysScheduler = {
      sleep: (_m, ns) => void log.push(`sleep ${ns}`),
      semacquire: () => {},
      semrelease: () => {},
      startTimer: (_m, t) => void log.push(`start ${t}`),
      stopTimer: (_m, t) => (log.push(`stop ${t}`), true),
      resetTimer: (_m, t, when) => (log.push(`reset ${t} ${when}`), false),
    };
    const h = makeSysHooks({ args: [], sched, clock: virtualClock() });
    setInt(m, a, 1000);
    h["time.Sleep"](m, a);
    m.u32[a >>> 2] = 0x4000;
    h["time.startTimer"](m, a);
    m.u8[a + 8] = 7;
    h["time.stopTimer"](m, a);
    expect(m.u8[a + 8]).toBe(1);
    setInt(m, a + 8, 123456789);
    m.u8[a + 16] = 1;
    h["time.resetTimer"](m, a);
    expect(m.u8[a + 16]).toBe(0);
    expect(log).toEqual(["sleep 1000", "start 16384", "stop 16384", "reset 16384 123456789"]);
  });
});

describe("hash/maphash and sync", () => {
  it("runtime_rand returns 64 random bits from the runner's source", () => {
    const { m, a } = machine();
    const bits = [0xdeadbeef, 0x12345678];
    const h = makeSysHooks({ args: [], random32: () => bits.shift()! });
    h["hash/maphash.runtime_rand"](m, a);
    expect(m.heap.mem.loadI64(a)).toBe(0x12345678deadbeefn);
    const h2 = makeSysHooks({ args: [] });
    const seen = new Set<bigint>();
    for (let i = 0; i < 20; i++) {
      h2["hash/maphash.runtime_rand"](m, a);
      seen.add(m.heap.mem.loadI64(a));
    }
    expect(seen.size).toBe(20);
  });

  it("semaphores: take a unit when there is one, else park (or deadlock alone)", () => {
    const { m, a } = machine();
    const s = m.allocNoscan(8);
    m.u32[a >>> 2] = s;
    m.u32[s >>> 2] = 2;
    const alone = makeSysHooks({ args: [] });
    alone["sync.runtime_Semacquire"](m, a);
    expect(m.u32[s >>> 2]).toBe(1);
    alone["sync.runtime_Semacquire"](m, a);
    expect(m.u32[s >>> 2]).toBe(0);
    expect(() => alone["sync.runtime_Semacquire"](m, a)).toThrow(
      new FatalError("all goroutines are asleep - deadlock!"),
    );
    alone["sync.runtime_Semrelease"](m, a);
    expect(m.u32[s >>> 2]).toBe(1);
    const log: string[] = [];
    const sched: SysScheduler = {
      sleep: () => {},
      semacquire: (_m, addr) => void log.push(`acquire ${addr === s}`),
      semrelease: (_m, addr) => void log.push(`release ${addr === s} ${m.u32[addr >>> 2]}`),
      startTimer: () => {},
      stopTimer: () => false,
      resetTimer: () => false,
      registerPoolCleanup: (_m, fn) => void log.push(`cleanup ${fn}`),
    };
    const h = makeSysHooks({ args: [], sched });
    h["sync.runtime_Semacquire"](m, a); // 1 → 0, no parking
    h["sync.runtime_Semacquire"](m, a); // parks
    h["sync.runtime_Semrelease"](m, a);
    m.u32[a >>> 2] = 0x5000;
    h["sync.runtime_registerPoolCleanup"](m, a);
    expect(log).toEqual(["acquire true", "release true 1", "cleanup 20480"]);
    const env: SysEnv = { args: [] };
    makeSysHooks(env)["sync.runtime_registerPoolCleanup"](m, a);
    expect(env.poolCleanup).toBe(0x5000);
    m.u32[a >>> 2] = 0;
    expect(() => h["sync.runtime_Semacquire"](m, a)).toThrow(GoPanicError);
  });

  it("sync.fatal is Go's unrecoverable fatal error", () => {
    const { m, a } = machine();
    m.storeString(a, "sync: unlock of unlocked mutex");
    expect(() => sysHooks["sync.fatal"](m, a)).toThrow(
      new FatalError("sync: unlock of unlocked mutex"),
    );
  });
});

describe("errors", () => {
  /** Types for errors.As: error, *MyErr (pointer receiver), ValErr (value receiver). */
  function errorTypes(tt: TypeTable) {
    const str = tt.string();
    const errorFn = tt.add({
      kind: Kind.Func,
      size: 8,
      align: 8,
      str: "func() string",
      results: [str],
      ptrWords: [0],
      direct: true,
      comparable: false,
    });
    const boolFn = tt.add({
      kind: Kind.Func,
      size: 8,
      align: 8,
      str: "func() bool",
      results: [tt.bool()],
      ptrWords: [0],
      direct: true,
      comparable: false,
    });
    const errMethod = { name: "Error", pkgPath: "", type: errorFn, fn: -1 };
    const error = tt.add({
      kind: Kind.Interface,
      size: 16,
      align: 8,
      str: "error",
      ptrWords: [1],
      methods: [errMethod],
    });
    const timeout = tt.add({
      kind: Kind.Interface,
      size: 16,
      align: 8,
      str: "interface { Timeout() bool }",
      ptrWords: [1],
      methods: [{ name: "Timeout", pkgPath: "", type: boolFn, fn: -1 }],
    });
    const myErr = tt.struct("main.MyErr", [{ name: "code", type: tt.int() }]);
    const myErrPtr = tt.add({
      kind: Kind.Pointer,
      size: 8,
      align: 8,
      str: "*main.MyErr",
      elem: myErr,
      ptrWords: [0],
      direct: true,
      methods: [{ ...errMethod, fn: 1 }],
    });
    const valErr = tt.add({
      kind: Kind.Struct,
      size: 16,
      align: 8,
      str: "main.ValErr",
      name: "ValErr",
      pkgPath: "main",
      ptrWords: [0],
      methods: [{ ...errMethod, fn: 2 }],
      fields: [{ name: "s", pkgPath: "main", type: str, offset: 0, embedded: false, tag: "" }],
    });
    const ptr = (t: number): number => tt.ptr(t);
    return {
      error,
      timeout,
      myErr,
      myErrPtr,
      valErr,
      ptrs: {
        error: ptr(error),
        timeout: ptr(timeout),
        myErrPtr: ptr(myErrPtr),
        valErr: ptr(valErr),
        int: ptr(tt.int()),
      },
    };
  }

  function setup() {
    const tt = new TypeTable();
    tt.string();
    const t = errorTypes(tt);
    const slice = tt.slice(tt.int());
    const m = new TestMachine(tt.types, { arenaBytes: 1 << 20 });
    const a = m.allocFrame(256, [8, 24]);
    return { m, a, t, slice };
  }

  it("isComparable reads the dynamic type's comparability", () => {
    const { m, a, t, slice } = setup();
    m.u32[a >>> 2] = t.myErrPtr;
    sysHooks["errors.isComparable"](m, a);
    expect(m.u8[a + 16]).toBe(1);
    m.u32[a >>> 2] = slice;
    sysHooks["errors.isComparable"](m, a);
    expect(m.u8[a + 16]).toBe(0);
  });

  it("checkAsTarget panics with Go's three messages", () => {
    const { m, a, t } = setup();
    const check = (type: number, data: number): string => {
      m.u32[a >>> 2] = type;
      m.u32[(a + 8) >>> 2] = data;
      try {
        sysHooks["errors.checkAsTarget"](m, a);
        return "ok";
      } catch (e) {
        expect(e).toBeInstanceOf(GoPanicError);
        expect((e as GoPanicError).kind).toBe("string");
        return (e as Error).message;
      }
    };
    const cell = m.allocNoscan(16);
    expect(check(0, 0)).toBe("errors: target cannot be nil");
    expect(check(t.myErr, cell)).toBe("errors: target must be a non-nil pointer");
    expect(check(t.ptrs.myErrPtr, 0)).toBe("errors: target must be a non-nil pointer");
    expect(check(t.ptrs.int, cell)).toBe("errors: *target must be interface or implement error");
    expect(check(t.myErr, 0)).toBe("errors: target must be a non-nil pointer");
    expect(check(t.ptrs.myErrPtr, cell)).toBe("ok");
    expect(check(t.ptrs.valErr, cell)).toBe("ok");
    expect(check(t.ptrs.error, cell)).toBe("ok");
    expect(check(t.ptrs.timeout, cell)).toBe("ok");
  });

  it("asAssign stores the error when its type is the target's or implements it", () => {
    const { m, a, t } = setup();
    const e = m.alloc(t.myErr, 1); // the *MyErr error value's data word
    m.regs[0] = e;
    const target = m.alloc(t.error, 1); // room for any target value (16 bytes)
    m.regs[1] = target;
    const assign = (errType: number, errData: number, targetType: number): boolean => {
      m.u32[a >>> 2] = errType;
      m.u32[(a + 8) >>> 2] = errData;
      m.u32[(a + 16) >>> 2] = targetType;
      m.u32[(a + 24) >>> 2] = target;
      m.u8[a + 32] = 7;
      sysHooks["errors.asAssign"](m, a);
      return m.u8[a + 32] === 1;
    };
    // var pe *MyErr; errors.As(err, &pe)
    expect(assign(t.myErrPtr, e, t.ptrs.myErrPtr)).toBe(true);
    expect(m.u32[target >>> 2]).toBe(e);
    // var ee error; errors.As(err, &ee): the interface value {type, data}
    m.heap.mem.zero(target, 16);
    expect(assign(t.myErrPtr, e, t.ptrs.error)).toBe(true);
    expect([m.u32[target >>> 2], m.u32[(target + 8) >>> 2]]).toEqual([t.myErrPtr, e]);
    // var te interface{ Timeout() bool }: *MyErr has no Timeout
    m.heap.mem.zero(target, 16);
    expect(assign(t.myErrPtr, e, t.ptrs.timeout)).toBe(false);
    expect(m.u32[target >>> 2]).toBe(0);
    // var ve ValErr: a *MyErr is not a ValErr
    expect(assign(t.myErrPtr, e, t.ptrs.valErr)).toBe(false);
    // A ValErr error: the interface's data word points to a box holding the struct.
    const box = m.alloc(t.valErr, 1);
    m.regs[2] = box;
    m.storeString(box, "boxed");
    expect(assign(t.valErr, box, t.ptrs.valErr)).toBe(true);
    expect(m.readString(target)).toBe("boxed");
    expect(m.u32[target >>> 2]).toBe(m.u32[box >>> 2]); // the same bytes, copied
    // A nil error is never assigned.
    expect(assign(0, 0, t.ptrs.error)).toBe(false);
  });
});
