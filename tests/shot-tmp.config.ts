import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
export default defineConfig({ testDir: '.', testMatch: 'shot-tmp.spec.ts', use: { launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 800 } } });
