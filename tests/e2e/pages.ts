/**
 * Page models the specs share: the steps a user takes through the forms (create an enterprise, add a patent,
 * export a backup) and the wait for the service worker. Role and label locators, as the user sees the screens in
 * Chinese (the `phone` project's locale).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { APP_ORIGIN, expect } from './fixtures';

/** What the enterprise form is filled with besides the name (left empty when not given). */
export interface EnterpriseFields {
  /** 营业收入, in 万元. */
  revenueWan?: string;
  /** 统一社会信用代码. */
  creditCode?: string;
}

/**
 * Creates an enterprise from the home screen's "新建企业" link and the form (default industry 高新技术产品, not a
 * 高新技术企业); returns its id, from the assets screen the form lands on.
 */
export async function createEnterprise(
  page: Page,
  name: string,
  fields: EnterpriseFields = {}
): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill(name);
  if (fields.creditCode) await page.getByLabel('统一社会信用代码').fill(fields.creditCode);
  if (fields.revenueWan) await page.getByLabel('营业收入').fill(fields.revenueWan);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  return new URL(page.url()).searchParams.get('e')!;
}

/** What the patent form is filled with besides the number and the filing date. */
export interface PatentFields {
  title: string;
  /** Last year's revenue of the products that use it, in 万元 (no value without it). */
  revenueWan?: string;
  /** 年费已缴至, yyyy-mm-dd. */
  feesPaidThrough?: string;
}

/** A regular expression that matches `text` literally. */
function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * On an enterprise's assets screen: adds an invention patent, the real number 201810557067.3 filed 2018-06-01 (in
 * force to 2038-05-31); returns its id, from its link in the list the form lands on.
 */
export async function addPatent(page: Page, fields: PatentFields): Promise<string> {
  await page.getByLabel('类型').selectOption('invention');
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('专利申请号').fill('ZL 2018 1 0557067.3');
  await page.getByLabel('专利名称').fill(fields.title);
  await page.getByLabel('申请日').fill('2018-06-01');
  if (fields.feesPaidThrough) await page.getByLabel('年费已缴至').fill(fields.feesPaidThrough);
  if (fields.revenueWan) await page.getByLabel('这些产品上年的收入').fill(fields.revenueWan);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  const href = await page.getByRole('link', { name: literal(fields.title) }).getAttribute('href');
  return new URL(href!, page.url()).searchParams.get('id')!;
}

/** A backup file's content, as the backup screen exports it. */
export interface Backup {
  enterprises: Record<string, unknown>[];
  assets: Record<string, unknown>[];
  [key: string]: unknown;
}

/** Exports everything from the app's backup screen and returns the file's content (any context, baseURL or not). */
export async function exportAll(page: Page): Promise<Backup> {
  await page.goto(`${APP_ORIGIN}/backup`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份文件' }).click();
  const path = await (await download).path();
  return JSON.parse(await readFile(path, 'utf8')) as Backup;
}

/** Waits until the service worker is activated and controls this page (clientsClaim makes it take over). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  const registered = await page
    .waitForFunction(async () => Boolean(await navigator.serviceWorker.getRegistration('/')), undefined, {
      timeout: 10_000
    })
    .then(() => true)
    .catch(() => false);
  expect(registered, 'the app registers /sw.js (is <PwaPrompts /> mounted in +layout.svelte?)').toBe(true);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    }
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
