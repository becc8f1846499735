import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    pool: "threads",
    projects: [
      { extends: true, test: { name: "lib", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, "test/cli/*.test.ts"] } },
      // The command line's tests run the built bin: their global setup builds dist/ first when it is older
      // than the sources (it runs only when one of them is part of the run; the unit tests of test/cli/_lib are the first project's).
      { extends: true, test: { name: "cli", include: ["test/cli/*.test.ts"], globalSetup: ["test/cli/_setup.ts"], testTimeout: 60_000 } },
    ],
  },
});
