/**
 * `npm start` on Linux serves the workbench; stopping npm with SIGTERM (as a process manager or an
 * IDE does) stops the server too, instead of leaving it running with the port taken.
 */
import { type ChildProcess, spawn } from "child_process";
import * as net from "net";
import * as path from "path";

const root = path.resolve(__dirname, "../..");

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function until(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  for (let i = 0; i < seconds * 10; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

test("SIGTERM to npm start stops the workbench server", async () => {
  const port = await freePort();
  let npm: ChildProcess | undefined;
  try {
    npm = spawn("npm", ["start"], {
      cwd: root,
      env: { ...process.env, WORKBENCH_PORT: String(port), DISPLAY: "" },
      stdio: "ignore",
    });
    expect(await until(() => listening(port), 120)).toBe(true);
    npm.kill("SIGTERM");
    expect(await until(async () => !(await listening(port)), 15)).toBe(true);
  } finally {
    if (npm && npm.exitCode === null) npm.kill("SIGKILL");
  }
});
