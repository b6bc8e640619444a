/**
 * Checking or clicking a control once it has stopped moving. The self-assessment's long form lays out each
 * characteristic and rung only as it comes near the screen (content-visibility: auto), so a control below the form
 * can still move in the frame after it is scrolled to: Playwright's click then lands where the control was, and
 * `check()` fails with "Clicking the checkbox did not change its state" (one CI run in several did, on the evidence
 * choice under the form). These helpers scroll the control to the middle of the screen and wait until its box is
 * the same over two frames, then act as a reader would, with a real click.
 */
import type { Locator } from 'playwright-core';

/** Scrolls the control into view and waits, frame by frame, until its box stops moving and is on the screen. */
export async function settle(locator: Locator): Promise<void> {
  await locator.evaluate(async (element) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const onScreen = (box: DOMRect) => box.top >= 0 && box.bottom <= innerHeight;
    let last = '';
    for (let i = 0; i < 60; i += 1) {
      const box = element.getBoundingClientRect();
      if (!onScreen(box)) element.scrollIntoView({ block: 'center' });
      await frame();
      const now = element.getBoundingClientRect();
      const key = `${now.x} ${now.y} ${now.width} ${now.height}`;
      if (key === last && onScreen(now)) return;
      last = key;
    }
    throw new Error('the control kept moving for 60 frames');
  });
}

/** Checks a radio button or box once it has stopped moving. */
export async function check(locator: Locator): Promise<void> {
  await settle(locator);
  await locator.check();
}

/** Clicks an element once it has stopped moving. */
export async function click(locator: Locator): Promise<void> {
  await settle(locator);
  await locator.click();
}
