/**
 * Renders a .docx/.xlsx to PDF with LibreOffice and reads it back with poppler (pdfinfo, pdftotext),
 * so document tests can assert what a clerk would actually print: page count, paper size, text.
 *
 * One LibreOffice profile per test process (a fresh one costs seconds to create) and calls queued
 * within the process: two soffice instances must never share a profile, while separate vitest
 * workers each get their own and can run side by side.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RenderedPdf {
  pdf: string;
  pages: number;
  /** Size of the first page in PDF points (1/72 inch). */
  widthPt: number;
  heightPt: number;
  /** `pdftotext -layout` output; pages are separated by form feeds (\f). */
  text: string;
}

const TIMEOUT_MS = 180_000;

/** soffice on PATH: tests that need it skip with a message otherwise. */
export function hasSoffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
}

let profile: string | null = null;
let queue: Promise<unknown> = Promise.resolve();

function profileDir(): string {
  if (!profile) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-netra-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    profile = dir;
  }
  return profile;
}

export function renderPdf(file: string, timeoutMs = TIMEOUT_MS): Promise<RenderedPdf> {
  const run = queue.then(() => render(file, timeoutMs));
  queue = run.catch(() => undefined);
  return run;
}

async function render(file: string, timeoutMs: number): Promise<RenderedPdf> {
  const src = path.resolve(file);
  if (!fs.existsSync(src)) throw new Error(`renderPdf: ${src} does not exist`);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'));
  const args = [`-env:UserInstallation=file://${profileDir()}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', outDir, src];
  const r = await exec('soffice', args, timeoutMs);
  const pdf = path.join(outDir, `${path.parse(src).name}.pdf`);
  if (r.code !== 0 || !fs.existsSync(pdf)) {
    throw new Error(`soffice could not convert ${src} (exit ${r.code}${r.timedOut ? `, killed after ${timeoutMs} ms` : ''}):\n${r.stderr}\n${r.stdout}`);
  }
  const info = await exec('pdfinfo', [pdf], 30_000);
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info.stdout);
  if (info.code !== 0 || !pages || !size) throw new Error(`pdfinfo failed on ${pdf}:\n${info.stderr}\n${info.stdout}`);
  const text = await exec('pdftotext', ['-layout', pdf, '-'], 60_000);
  if (text.code !== 0) throw new Error(`pdftotext failed on ${pdf}:\n${text.stderr}`);
  return { pdf, pages: Number(pages[1]), widthPt: Number(size[1]), heightPt: Number(size[2]), text: text.stdout };
}

interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a command in its own process group so a timeout also kills soffice.bin behind the wrapper script. */
function exec(cmd: string, args: string[], timeoutMs: number): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} could not start: ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
