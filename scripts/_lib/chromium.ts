/**
 * The real browser of the browser tests: Debian's chromium (`/usr/bin/chromium`, `apt-get install chromium`)
 * driven by playwright-core, headless, with no sandbox, no GPU and no network of its own, in a fresh profile.
 */
import { chromium, type BrowserContext } from "playwright-core";

/** Launches chromium with a fresh profile in `profile` (a folder that does not exist yet or is empty). */
export function launchChromium(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}
