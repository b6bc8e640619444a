/**
 * Checking or clicking a control once it has stopped moving. The self-assessment's long form lays out each
 * characteristic and rung only as it comes near the screen (content-visibility: auto), so a control below the form
 * can still move in the frame after it is scrolled to: Playwright's click then lands where the control was, and
 * `check()` fails with "Clicking the checkbox did not change its state" (one CI run in several did, on the evidence
 * choice under the form). These helpers scroll the control to the middle of the screen if it is off it and wait until
 * its box is the same across a frame, then act as a reader would, with a real click.
 */
import type { Locator } from 'playwright-core';

/** Scrolls the control into view and waits, frame by frame, until its box stops moving and is on the screen. */
export async function settle(locator: Locator): Promise<void> {
  await locator.evaluate(async (element) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const onScreen = (box: DOMRect) => box.top >= 0 && box.bottom <= innerHeight;
    const key = (box: DOMRect) => `${box.x} ${box.y} ${box.width} ${box.height}`;
    // A control already on the screen is compared across one frame. One scrolled to is compared only from the frame
    // after the scroll on: the characteristics that come near the screen are laid out in that frame, not before.
    let before: string | undefined = key(element.getBoundingClientRect());
    if (!onScreen(element.getBoundingClientRect())) {
      element.scrollIntoView({ block: 'center' });
      before = undefined;
    }
    for (let i = 0; i < 60; i += 1) {
      await frame();
      const now = element.getBoundingClientRect();
      if (key(now) === before && onScreen(now)) return;
      before = key(now);
      if (!onScreen(now)) {
        element.scrollIntoView({ block: 'center' });
        before = undefined;
      }
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
