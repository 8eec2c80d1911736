/**
 * Renders a .docx/.xlsx to PDF with LibreOffice and reads it back with poppler (pdfinfo, pdftotext),
 * so document tests can assert what a clerk would actually print: page count, paper size, text.
 *
 * Every call gets its own throwaway LibreOffice profile (-env:UserInstallation): two soffice
 * instances sharing a profile would hand the job to each other or fail, so calls from parallel
 * test workers, or parallel calls in one test, can run side by side. A fresh profile costs
 * little (a conversion takes about a second either way) and leaves nothing behind.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

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

export interface RenderOptions {
  /** Where the PDF goes; default: next to the source file (FILE.docx → FILE.pdf). */
  outDir?: string;
  timeoutMs?: number;
}

export async function renderPdf(file: string, opts: RenderOptions = {}): Promise<RenderedPdf> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-netra-'));
  try {
    return await render(file, profile, opts.outDir, opts.timeoutMs ?? TIMEOUT_MS);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function render(file: string, profile: string, outDirOpt: string | undefined, timeoutMs: number): Promise<RenderedPdf> {
  const src = path.resolve(file);
  if (!fs.existsSync(src)) throw new Error(`renderPdf: ${src} does not exist`);
  const outDir = path.resolve(outDirOpt ?? path.dirname(src));
  const pdf = path.join(outDir, `${path.parse(src).name}.pdf`);
  fs.rmSync(pdf, { force: true }); // a PDF left from an earlier run must not pass for this one
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', outDir, src];
  const r = await exec('soffice', args, timeoutMs);
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

export interface PdfWord {
  /** 1-based page number. */
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word of a PDF with its box in points (pdftotext -bbox), to prove where things are printed. */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! });
  }
  return out;
}
