import type { Page } from 'playwright-core';

/**
 * A USB scanner: keys 5 ms apart by their own time stamps, then Enter. A real scanner's key events
 * carry the operating system's times; `page.keyboard.type({ delay: 5 })` stamps each key when it
 * arrives, and on these 2 shared cores it measured gaps up to 333 ms (median 17 ms), which would make
 * the test about the machine's load, not the desk. CDP's `timestamp` gives the hardware's spacing.
 */
export async function pindaiUsb(page: Page, text: string, gapMs = 5): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let t = Date.now() / 1000;
  for (const ch of text) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch, timestamp: t });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, timestamp: t + 0.001 });
    t += gapMs / 1000;
  }
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', timestamp: t });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, timestamp: t + 0.001 });
  await cdp.detach();
}
