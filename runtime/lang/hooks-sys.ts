/*
 * System hooks: the bodies of the bodyless functions of os, time, syscall, errors,
 * hash/maphash and sync (compiler/stdlib/os/sys.go and file.go, time/sys.go,
 * syscall/syscall.go, errors/errors.go, hash/maphash/maphash.go, sync/runtime.go).
 *
 * What: each hook reads its parameters from the ABI0 argument block at `args` (abi.ts:
 * parameters in order at their alignment, results from the next multiple of 8) and
 * writes its results there. What a hook needs from outside the program — the command
 * line, the environment, the clock, files, the scheduler — comes from a SysEnv that the
 * runner provides, so the same hooks run under Node, in a browser and in tests:
 *
 *	const hooks = makeSysHooks({ args: ["prog", "a"], clock: myVirtualClock });
 *	hooks["os.runtime_args"](m, args)     // writes a []string at args+0
 *
 * Layouts, for the record (offsets from args):
 *
 *	os.sysWrite(fd int, b []byte) (n, errno int)        fd 0, b 8, n 32, errno 40
 *	os.sysOpen(name string, flag int, perm uint32) (fd, errno int)
 *	                                                    name 0, flag 16, perm 24, fd 32, errno 40
 *	os.sysStat(name string) (size int64, mode uint32, mtimeNanos int64, errno int)
 *	                                                    name 0, size 16, mode 24, mtime 32, errno 40
 *	time.now() (sec int64, nsec int32, mono int64)      sec 0, nsec 8, mono 16
 *	errors.asAssign(err error, target any) bool         err 0, target 16, ok 32
 *
 * Errors are Linux errno numbers (0: success), which os turns into Go's error values.
 * Writes to fd 1 and 2 go to m.write; other descriptors, and every file operation, go
 * to SysEnv.fs; without one, opening fails with ENOENT (a browser without files).
 * Reads of fd 0 go to SysEnv.stdin when given, else to fs, else read as end of input.
 *
 * Blocking hooks (time.Sleep, timers, sync's semaphores) belong to the scheduler: they
 * call SysEnv.sched when there is one. Without a scheduler (a single goroutine) a
 * semaphore that would block is Go's deadlock fatal error and Sleep advances a virtual
 * clock or waits.
 *
 * os.Exit and syscall.Exit throw GoExit, which the runner catches (deferred calls do not
 * run, as in Go). The allocating hooks (os.Args, Environ, ReadDir, Getwd) keep what they
 * allocated alive across their next allocation by storing it into the object being
 * built through the write barrier and shading the object (m.shade when the Machine has
 * it), as Go's runtime does for objects it holds in registers.
 *
 * Invariant: hooks re-read the Machine's views after every allocation; the argument
 * block is on the caller's stack, so results are stored there with plain stores.
 */

import type { Hook, Machine, RType } from "./abi.js";
import { Kind } from "./abi.js";
import { Int64, load64, store64 } from "./int64.js";

/** os.Exit / syscall.Exit: the program ends with this exit code (no deferred calls run). */
export class GoExit extends Error {
  /** The int passed to Exit. */
  readonly code: number;
  constructor(code: number) {
    super(`exit status ${exitStatus(code)}`);
    this.name = "GoExit";
    this.code = code;
  }
  /** The process exit status, as Linux reports it (code & 0xff). */
  get status(): number {
    return exitStatus(this.code);
  }
}

function exitStatus(code: number): number {
  return ((code % 256) + 256) % 256;
}

/** Linux errno numbers the os package knows (compiler/stdlib/os/file.go). */
export const enum Errno {
  OK = 0,
  EPERM = 1,
  ENOENT = 2,
  EBADF = 9,
  EACCES = 13,
  EEXIST = 17,
  ENOTDIR = 20,
  EISDIR = 21,
  EINVAL = 22,
  ENOSYS = 38,
  ENOTEMPTY = 39,
}

/** The clocks. A virtual clock (tests, deterministic runs) implements both from a counter. */
export interface SysClock {
  /** Monotonic clock: nanoseconds since an arbitrary start (exact below 2^53: 104 days). */
  now(): number;
  /** Wall clock: nanoseconds since the Unix epoch (default: the start time plus now()). */
  wallNs?(): bigint;
  /** Advance a virtual clock by ns (time.Sleep without a scheduler). */
  advance?(ns: number): void;
}

/** File results: a non-negative value, or a negative errno. */
export type SysResult = number;

/** File status as sysStat returns it. */
export interface SysStat {
  size: number;
  /** Go's FileMode bits (fs.ModeDir = 1<<31, permissions in the low 9 bits). */
  mode: number;
  /** Modification time, nanoseconds since the Unix epoch. */
  mtimeNs: Int64;
}

/** The file system the os hooks reach. Paths are as the program wrote them. */
export interface SysFS {
  open(path: string, flag: number, perm: number): SysResult;
  close(fd: number): Errno;
  read(fd: number, buf: Uint8Array): SysResult;
  write(fd: number, buf: Uint8Array): SysResult;
  pread(fd: number, buf: Uint8Array, off: number): SysResult;
  pwrite(fd: number, buf: Uint8Array, off: number): SysResult;
  /** The new offset, or a negative errno. */
  seek(fd: number, offset: number, whence: number): SysResult;
  stat(path: string): SysStat | Errno;
  remove(path: string): Errno;
  rename(from: string, to: string): Errno;
  mkdir(path: string, perm: number): Errno;
  readDir(path: string): string[] | Errno;
  getwd(): string | Errno;
  chdir(path: string): Errno;
  truncate(path: string, size: number): Errno;
}

/**
 * The scheduler's side of the blocking hooks. `addr` is the semaphore's address; `timer`
 * the address of a time.runtimeTimer (when +0, period +8, f +16, arg +24, seq +40,
 * status +48), which the scheduler must keep as a GC root while it is pending.
 */
export interface SysScheduler {
  /** Park the running goroutine for ns nanoseconds (ns > 0). */
  sleep(m: Machine, ns: number): void;
  /** *addr is 0: park the running goroutine until a Semrelease of addr lets it decrement it. */
  semacquire(m: Machine, addr: number): void;
  /** *addr was just incremented: wake one goroutine parked on addr, if any. */
  semrelease(m: Machine, addr: number): void;
  startTimer(m: Machine, timer: number): void;
  stopTimer(m: Machine, timer: number): boolean;
  resetTimer(m: Machine, timer: number, when: Int64): boolean;
  /** sync.Pool's cleanup, to call at the start of every GC cycle (a func value). */
  registerPoolCleanup?(m: Machine, fn: number): void;
}

/** What the runner gives the hooks. */
export interface SysEnv {
  /** os.Args: the program name, then its arguments. */
  readonly args: readonly string[];
  /** The initial environment, "KEY=value" strings. */
  readonly environ?: readonly string[];
  readonly clock?: SysClock;
  readonly fs?: SysFS;
  /** Read from the standard input (without fs): bytes read, 0 at end of input. */
  readonly stdin?: (buf: Uint8Array) => number;
  readonly pid?: number;
  readonly ppid?: number;
  /** 32 random bits (default: crypto.getRandomValues, else Math.random). */
  readonly random32?: () => number;
  readonly sched?: SysScheduler;
  /** Set by sync.runtime_registerPoolCleanup when there is no scheduler to take it. */
  poolCleanup?: number;
}

// ---- helpers ----

function i64(m: Machine, addr: number): Int64 {
  return load64(m.u32, m.i32, addr);
}

/** An int parameter as a JS number (file offsets, sizes, descriptors: far below 2^53). */
function int(m: Machine, addr: number): number {
  return Number(i64(m, addr));
}

function setInt(m: Machine, addr: number, v: Int64): void {
  store64(m.u32, addr, v);
}

function setBool(m: Machine, addr: number, v: boolean): void {
  m.u8[addr] = v ? 1 : 0;
}

/** The bytes of the []byte whose header is at addr (a view: use before any allocation). */
function bytesArg(m: Machine, addr: number): Uint8Array {
  const p = m.u32[addr >>> 2];
  const n = int(m, addr + 8);
  return m.u8.subarray(p, p + n);
}

/** Grey p if a cycle is marking (Machine.shade is optional: see header). */
function keepAlive(m: Machine, p: number): void {
  const s = (m as Machine & { shade?: (p: number) => void }).shade;
  if (s !== undefined && p !== 0) s.call(m, p);
}

const stringTypeCache = new WeakMap<readonly RType[], number>();

/** The type id of `string` in the program's table. */
function stringType(m: Machine): number {
  let id = stringTypeCache.get(m.types);
  if (id === undefined) {
    id = m.types.findIndex((t) => t !== undefined && t.kind === Kind.String && t.str === "string");
    if (id <= 0) throw new Error("hooks-sys: the program has no string type");
    stringTypeCache.set(m.types, id);
  }
  return id;
}

/** Store a new Go string with the text s in the 16 bytes at addr (a stack slot). */
export function setString(m: Machine, addr: number, s: string): void {
  const [p, n] = m.newString(s);
  const u32 = m.u32;
  u32[addr >>> 2] = p;
  u32[(addr >>> 2) + 1] = 0;
  store64(u32, addr + 8, n);
}

/** Store a new []string holding ss in the 24 bytes at addr (a stack slot). */
function setStrings(m: Machine, addr: number, ss: readonly string[]): void {
  let arr = 0;
  if (ss.length > 0) {
    arr = m.alloc(stringType(m), ss.length);
    for (let i = 0; i < ss.length; i++) {
      keepAlive(m, arr);
      const [p, n] = m.newString(ss[i]);
      keepAlive(m, arr);
      const elem = arr + i * 16;
      m.writePtr(elem, p);
      store64(m.u32, elem + 8, n);
    }
  }
  const u32 = m.u32;
  u32[addr >>> 2] = arr;
  u32[(addr >>> 2) + 1] = 0;
  store64(u32, addr + 8, ss.length);
  store64(u32, addr + 16, ss.length);
}

/** Split a SysResult into (value, errno) and store them at addr and addr+8. */
function setResult(m: Machine, addr: number, r: SysResult): void {
  setInt(m, addr, r < 0 ? 0 : r);
  setInt(m, addr + 8, r < 0 ? -r : 0);
}

function defaultRandom32(): number {
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint32Array): Uint32Array } }).crypto;
  if (c !== undefined) return c.getRandomValues(new Uint32Array(1))[0];
  return Math.floor(Math.random() * 4294967296) >>> 0;
}

const perf = (globalThis as { performance?: { now(): number } }).performance;

/** The real clocks: performance.now for the monotonic one, Date.now at start for the wall. */
export function realClock(): SysClock {
  const t0 = perf !== undefined ? perf.now() : Date.now();
  const wall0 = BigInt(Date.now()) * 1_000_000n;
  const now = (): number =>
    Math.round(((perf !== undefined ? perf.now() : Date.now()) - t0) * 1e6) + 1;
  return { now, wallNs: () => wall0 + BigInt(now()) };
}

/**
 * A virtual clock: time moves only when advanced (by Sleep without a scheduler, or by
 * the scheduler when every goroutine sleeps). Starts at `wallNs` on the wall clock —
 * by default the Go playground's 2009-11-10 23:00:00 UTC — and 1 ns monotonic.
 */
export function virtualClock(
  wallNs = 1_257_894_000_000_000_000n,
): SysClock & { advance(ns: number): void } {
  let t = 1;
  return {
    now: () => t,
    wallNs: () => wallNs + BigInt(t),
    advance(ns: number): void {
      t += ns;
    },
  };
}

/** Block the thread for ms milliseconds (Node; browsers' main thread forbids it: spin). */
function blockFor(ms: number): void {
  if (ms <= 0) return;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return;
  } catch {
    // no SharedArrayBuffer or waiting not allowed on this thread
  }
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // spin
  }
}

// ---- the hooks ----

/** The hooks of os, time, syscall, errors, hash/maphash and sync, over `sys`. */
export function makeSysHooks(sys: SysEnv): Record<string, Hook> {
  const clock = sys.clock ?? realClock();
  const wallStart = BigInt(Date.now()) * 1_000_000n;
  const wallNs = (): bigint =>
    clock.wallNs !== undefined ? clock.wallNs() : wallStart + BigInt(clock.now());
  const env = new Map<string, string>();
  for (const kv of sys.environ ?? []) {
    const eq = kv.indexOf("=");
    if (eq > 0) env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  const random32 = sys.random32 ?? defaultRandom32;
  const fs = sys.fs;
  const sched = sys.sched;
  const h: Record<string, Hook> = {};

  // --- os ---

  h["os.runtime_args"] = (m, a) => setStrings(m, a, sys.args);

  h["os.sysWrite"] = (m, a) => {
    const fd = int(m, a);
    const b = bytesArg(m, a + 8);
    if (fd === 1 || fd === 2) {
      m.write(fd, b.slice());
      setResult(m, a + 32, b.length);
    } else setResult(m, a + 32, fs !== undefined ? fs.write(fd, b) : -Errno.EBADF);
  };

  h["os.sysRead"] = (m, a) => {
    const fd = int(m, a);
    const b = bytesArg(m, a + 8);
    let r: SysResult;
    if (fd === 0 && sys.stdin !== undefined) r = sys.stdin(b);
    else if (fs !== undefined) r = fs.read(fd, b);
    else r = fd === 0 ? 0 : -Errno.EBADF;
    setResult(m, a + 32, r);
  };

  h["os.sysPread"] = (m, a) => {
    const b = bytesArg(m, a + 8);
    const r = fs !== undefined ? fs.pread(int(m, a), b, int(m, a + 32)) : -Errno.EBADF;
    setResult(m, a + 40, r);
  };

  h["os.sysPwrite"] = (m, a) => {
    const b = bytesArg(m, a + 8);
    const r = fs !== undefined ? fs.pwrite(int(m, a), b, int(m, a + 32)) : -Errno.EBADF;
    setResult(m, a + 40, r);
  };

  h["os.sysOpen"] = (m, a) => {
    const name = m.readString(a);
    const r =
      fs !== undefined ? fs.open(name, int(m, a + 16), m.u32[(a + 24) >>> 2]) : -Errno.ENOENT;
    setResult(m, a + 32, r);
  };

  h["os.sysClose"] = (m, a) => {
    const fd = int(m, a);
    setInt(m, a + 8, fs !== undefined ? fs.close(fd) : fd >= 0 && fd <= 2 ? Errno.OK : Errno.EBADF);
  };

  h["os.sysSeek"] = (m, a) => {
    const r = fs !== undefined ? fs.seek(int(m, a), int(m, a + 8), int(m, a + 16)) : -Errno.EBADF;
    setResult(m, a + 24, r);
  };

  h["os.sysStat"] = (m, a) => {
    const st = fs !== undefined ? fs.stat(m.readString(a)) : Errno.ENOENT;
    const u32 = m.u32;
    if (typeof st === "number") {
      setInt(m, a + 16, 0);
      u32[(a + 24) >>> 2] = 0;
      setInt(m, a + 32, 0);
      setInt(m, a + 40, st);
    } else {
      setInt(m, a + 16, st.size);
      u32[(a + 24) >>> 2] = st.mode >>> 0;
      setInt(m, a + 32, st.mtimeNs);
      setInt(m, a + 40, 0);
    }
  };

  const pathOp = (resultOff: number, op: (fs: SysFS, m: Machine, a: number) => Errno): Hook => {
    return (m, a) => setInt(m, a + resultOff, fs !== undefined ? op(fs, m, a) : Errno.ENOENT);
  };
  h["os.sysRemove"] = pathOp(16, (f, m, a) => f.remove(m.readString(a)));
  h["os.sysRename"] = pathOp(32, (f, m, a) => f.rename(m.readString(a), m.readString(a + 16)));
  h["os.sysMkdir"] = pathOp(24, (f, m, a) => f.mkdir(m.readString(a), m.u32[(a + 16) >>> 2]));
  h["os.sysChdir"] = pathOp(16, (f, m, a) => f.chdir(m.readString(a)));
  h["os.sysTruncate"] = pathOp(24, (f, m, a) => f.truncate(m.readString(a), int(m, a + 16)));

  h["os.sysReadDir"] = (m, a) => {
    const r = fs !== undefined ? fs.readDir(m.readString(a)) : Errno.ENOENT;
    if (typeof r === "number") {
      setStrings(m, a + 16, []);
      setInt(m, a + 40, r);
    } else {
      setStrings(m, a + 16, r);
      setInt(m, a + 40, 0);
    }
  };

  h["os.sysGetwd"] = (m, a) => {
    const r = fs !== undefined ? fs.getwd() : "/";
    if (typeof r === "number") {
      setString(m, a, "");
      setInt(m, a + 16, r);
    } else {
      setString(m, a, r);
      setInt(m, a + 16, 0);
    }
  };

  h["os.sysEnviron"] = (m, a) => {
    const kvs: string[] = [];
    for (const [k, v] of env) kvs.push(`${k}=${v}`);
    setStrings(m, a, kvs);
  };
  h["os.sysSetenv"] = (m, a) => {
    env.set(m.readString(a), m.readString(a + 16));
  };
  h["os.sysUnsetenv"] = (m, a) => {
    env.delete(m.readString(a));
  };

  const exit: Hook = (m, a) => {
    throw new GoExit(int(m, a));
  };
  h["os.Exit"] = exit;
  h["syscall.Exit"] = exit;
  h["os.Getpid"] = (m, a) => setInt(m, a, sys.pid ?? 1);
  h["os.Getppid"] = (m, a) => setInt(m, a, sys.ppid ?? 0);
  h["syscall.Getpid"] = (m, a) => setInt(m, a, sys.pid ?? 1);

  // --- time ---

  h["time.now"] = (m, a) => {
    const w = wallNs();
    const sec = w / 1_000_000_000n;
    const nsec = Number(w - sec * 1_000_000_000n);
    setInt(m, a, Number(sec));
    m.i32[(a + 8) >>> 2] = nsec;
    setInt(m, a + 16, clock.now());
  };
  h["time.runtimeNano"] = (m, a) => setInt(m, a, clock.now());
  h["time.Sleep"] = (m, a) => {
    const d = i64(m, a);
    if (d <= 0) return;
    const ns = Number(d);
    if (sched !== undefined) sched.sleep(m, ns);
    else if (clock.advance !== undefined) clock.advance(ns);
    else blockFor(ns / 1e6);
  };
  const noSched = (what: string): never => {
    throw new Error(`hooks-sys: ${what} needs the scheduler`);
  };
  h["time.startTimer"] = (m, a) => {
    if (sched === undefined) return noSched("time.startTimer");
    sched.startTimer(m, m.u32[a >>> 2]);
  };
  h["time.stopTimer"] = (m, a) => {
    if (sched === undefined) return noSched("time.stopTimer");
    setBool(m, a + 8, sched.stopTimer(m, m.u32[a >>> 2]));
  };
  h["time.resetTimer"] = (m, a) => {
    if (sched === undefined) return noSched("time.resetTimer");
    setBool(m, a + 16, sched.resetTimer(m, m.u32[a >>> 2], i64(m, a + 8)));
  };

  // --- hash/maphash ---

  h["hash/maphash.runtime_rand"] = (m, a) => {
    const u32 = m.u32;
    u32[a >>> 2] = random32() >>> 0;
    u32[(a >>> 2) + 1] = random32() >>> 0;
  };

  // --- sync ---

  h["sync.runtime_Semacquire"] = (m, a) => {
    const s = m.u32[a >>> 2];
    if (s === 0) m.panicRuntimeError("invalid memory address or nil pointer dereference");
    const v = m.u32[s >>> 2];
    if (v > 0) {
      m.u32[s >>> 2] = v - 1;
      return;
    }
    if (sched === undefined) return m.fatal("all goroutines are asleep - deadlock!");
    sched.semacquire(m, s);
  };
  h["sync.runtime_Semrelease"] = (m, a) => {
    const s = m.u32[a >>> 2];
    if (s === 0) m.panicRuntimeError("invalid memory address or nil pointer dereference");
    m.u32[s >>> 2] = (m.u32[s >>> 2] + 1) >>> 0;
    sched?.semrelease(m, s);
  };
  h["sync.runtime_registerPoolCleanup"] = (m, a) => {
    const fn = m.u32[a >>> 2];
    if (sched?.registerPoolCleanup !== undefined) sched.registerPoolCleanup(m, fn);
    else sys.poolCleanup = fn;
  };
  h["sync.fatal"] = (m, a) => m.fatal(m.readString(a));

  // --- errors ---

  h["errors.isComparable"] = (m, a) => {
    const t = m.u32[a >>> 2];
    setBool(m, a + 16, t === 0 || m.types[t].comparable);
  };

  h["errors.checkAsTarget"] = (m, a) => {
    const t = m.u32[a >>> 2];
    if (t === 0) m.panicString("errors: target cannot be nil");
    const typ = m.types[t];
    if (typ.kind !== Kind.Pointer || m.u32[(a + 8) >>> 2] === 0)
      m.panicString("errors: target must be a non-nil pointer");
    const elem = m.types[typ.elem];
    if (elem.kind !== Kind.Interface && !implementsError(m, elem))
      m.panicString("errors: *target must be interface or implement error");
  };

  h["errors.asAssign"] = (m, a) => {
    const errType = m.u32[a >>> 2];
    const errData = m.u32[(a + 8) >>> 2];
    const targetType = m.types[m.u32[(a + 16) >>> 2]];
    const target = m.u32[(a + 24) >>> 2];
    const want = m.types[targetType.elem];
    let ok = false;
    if (errType !== 0) {
      const have = m.types[errType];
      if (want.kind === Kind.Interface) {
        if (implementsAll(m, have, want)) {
          // An interface value is {type id, data} whatever its method set.
          const u32 = m.u32;
          u32[target >>> 2] = errType;
          u32[(target >>> 2) + 1] = 0;
          m.writePtr(target + 8, errData);
          ok = true;
        }
      } else if (sameType(have, want)) {
        if (have.direct) m.writePtr(target, errData);
        else m.typedmemmove(want.id, target, errData);
        ok = true;
      }
    }
    setBool(m, a + 32, ok);
  };

  return h;
}

/** Identical types: one id per type in a program's table (strings as a fallback). */
function sameType(a: RType, b: RType): boolean {
  return a.id === b.id || (a.str === b.str && a.pkgPath === b.pkgPath && a.kind === b.kind);
}

/** T's method set has every method of the interface type iface (Go's implements). */
function implementsAll(m: Machine, t: RType, iface: RType): boolean {
  for (const want of iface.methods) {
    const got = t.methods.find((h) => h.name === want.name && h.pkgPath === want.pkgPath);
    if (got === undefined || !sameType(m.types[got.type], m.types[want.type])) return false;
  }
  return true;
}

/** t has a method `Error() string` (it implements the predeclared error interface). */
function implementsError(m: Machine, t: RType): boolean {
  for (const meth of t.methods) {
    if (meth.name !== "Error" || meth.pkgPath !== "") continue;
    const ft = m.types[meth.type];
    if (ft.params.length !== 0 || ft.results.length !== 1 || ft.variadic) return false;
    const r = m.types[ft.results[0]];
    return r.kind === Kind.String && r.str === "string";
  }
  return false;
}

/**
 * The hooks with a default SysEnv (no arguments but the program name, real clock, no
 * files): for tools that just need the table. Runners use makeSysHooks.
 */
export const sysHooks: Record<string, Hook> = makeSysHooks({ args: ["a.out"] });
