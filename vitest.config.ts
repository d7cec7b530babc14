import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "compiler/**/*.test.ts",
      "runtime/**/*.test.ts",
      "src/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
