// The game in Russian, as a student in Almaty or Bishkek would meet it on a phone: the switch in the header,
// html[lang=ru], the address saying the language, and Kazakhstan 2022 played from the library to the debrief with
// nothing wider than the screen, an axe audit and a screenshot of every screen; a hypothetical crisis, Kazakhstan
// 2026, played the same way from the library's card, its own texts in Russian as its translation gives them.
// Several tests, so each fits the suite's one-minute cap on a loaded machine (the audits and full-page pictures
// take most of it): the way in at 320 px and on a desktop, a shared link's game to the debrief at 390 px, the same
// game on a desktop to the outcomes and to the debrief, each read again at 320 px, its what-if from a shared link
// at 320 px, and the hypothetical's way in and its game, each on a desktop; and a shared link on a slow
// connection, which waits for the crisis's Russian and never shows its English, whichever of the crisis's Russian
// and the game's own words comes first.
import { expect, type Page, test } from '@playwright/test'
import { expectWideBars } from './band-width'
import { decide, expectNoSeriousViolations, onScreen, shoot } from './student'

/**
 * Russian's longer words must wrap, never push the page sideways. Once the page has settled: a table stacks when it
 * stops fitting, measured after the resize that made it so (useStacked), so the first frame at a new width may
 * still hold it side by side.
 */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const screen = await page.evaluate(() => innerWidth)
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
      message: `page width at ${page.url()}`,
    })
    .toBeLessThanOrEqual(screen)
}

/** The same page again at another width: the words must still fit, and the picture shows how (its audit ran). */
async function reflow(page: Page, width: number, name: string): Promise<void> {
  await page.setViewportSize({ width, height: 800 })
  await expectNoSidewaysScroll(page)
  await shoot(page, `ru-${name}`)
}

async function check(page: Page, name: string): Promise<void> {
  await expectNoSidewaysScroll(page)
  await shoot(page, `ru-${name}`)
  await expectNoSeriousViolations(page)
}

test('switches to Russian in the header and opens a crisis in it at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/')
  await onScreen(page, /#\/\?lang=en$/, 'Choose a crisis')
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await onScreen(page, /#\/\?lang=ru$/, 'Выберите кризис')
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
  await check(page, '320-0-library')

  await page.locator('a[href="#/play/kazakhstan-2022"]').first().click()
  await onScreen(page, /#\/play\/kazakhstan-2022\?lang=ru$/, 'Казахстан, январь 2022 года')
  await expect(page.getByRole('heading', { level: 2, name: 'Выберите роль' })).toBeVisible()
  await check(page, '320-1-scenario')

  await page.getByRole('link', { name: 'Играть: Правительство президента Токаева' }).click()
  await onScreen(page, /\/role\/tokayev\?seed=\d+&lang=ru$/, 'Правительство президента Токаева')
  await expect(page.getByTestId('seed')).toHaveText(/^Партия № \d+$/)
  await check(page, '320-2-briefing')
})

/**
 * Plays the decisions and the resolutions in Russian until the outcomes, checking each screen as it comes (all but
 * the audit and the picture when `prefix` is null: a test that has seen them spends its minute on the debrief).
 */
async function playToOutcomes(page: Page, prefix: string | null): Promise<void> {
  let decisions = 0
  for (let step = 0; step < 10; step++) {
    await expect(page).toHaveURL(/\/(decide|resolve|outcomes)\?.*lang=ru$/)
    const url = page.url()
    if (url.includes('/outcomes?')) break
    if (url.includes('/decide?')) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\?$/)
      await expect(page.getByRole('navigation', { name: 'Этапы игры' })).toBeVisible()
      decisions++
      if (prefix) await check(page, `${prefix}-3-decide-${decisions}`)
      await decide(page)
      await expect(page).toHaveURL(/\/resolve\?/)
    } else {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кризис разворачивается')
      await expect(page.locator('.arriving .move-card').first()).toBeVisible()
      // Kazakhstan 2022 gives the record's hours of its stages; the hypothetical keeps the game's own clock.
      await expect(page.locator('.scene-clock')).toHaveText(
        url.includes('/kazakhstan-2022/')
          ? 'Время указано так, как было на самом деле, там, где его приводит сценарий, — по местному времени; в остальных случаях — по часам игры, от дня первого решения.'
          : 'Время указано по часам игры, от дня первого решения.',
      )
      if (prefix) await check(page, `${prefix}-4-resolve-${decisions}`)
      await page.getByTestId('resolve-continue').click()
    }
  }
  await expect(page).toHaveURL(/\/outcomes\?.*lang=ru$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Итоги')
  await expect(page.getByRole('heading', { level: 2, name: 'Ваш результат' })).toBeVisible()
  await expect(page.getByTestId('score-total')).toHaveText(/^([+−]\d+,\d\d|0,00)$/)
}

/** The debrief, in Russian from its heading to the ways on. */
async function expectRussianDebrief(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/debrief\?.*lang=ru$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Разбор игры')
  await expect(page.locator('.rule').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Договор: правило за правилом' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Сыграть ещё раз' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
}

test('plays Kazakhstan 2022 from a shared Russian link to the debrief at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/#/play/kazakhstan-2022/role/tokayev?seed=7&lang=ru')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await page.getByRole('button', { name: 'Начать кризис' }).click()
  await playToOutcomes(page, '390')
  await check(page, '390-5-outcomes')

  await page.getByRole('link', { name: 'Перейти к разбору' }).click()
  await expectRussianDebrief(page)
  await check(page, '390-6-debrief')
})

/**
 * Holds back the files `url` names (those whose text includes `holding`, when given) until the release it returns
 * is called, as a poor connection holds back a large file.
 */
async function hold(page: Page, url: RegExp, holding?: string): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(url, async (route) => {
    if (holding === undefined) {
      await held
      return route.continue()
    }
    const response = await route.fetch()
    if ((await response.text()).includes(holding)) await held
    await route.fulfill({ response })
  })
  return release
}

const TRANSLATIONS = /\/assets\/bundled-translations-[^/]+\.js$/

/** The sources a briefing's markers lead to keep the titles they were published under, as in the debrief. */
async function expectRussianBriefing(page: Page): Promise<void> {
  await onScreen(page, /\/role\/tokayev\?seed=7&lang=ru$/, 'Правительство президента Токаева')
  const outsideSources = page.locator('xpath=//*[not(ancestor-or-self::ol[contains(@class, "sources")])]')
  await expect(page.getByRole('region', { name: 'Источники' })).toContainText('Tokayev')
  await expect(page.getByText(/Tokayev|Kazakhstan/).and(outsideSources)).toHaveCount(0)
}

test('waits for the crisis’s Russian on a slow connection rather than show its English', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  // The scenarios' translations held back, as a poor connection holds back the largest file a game needs.
  const release = await hold(page, TRANSLATIONS)
  await page.goto('/#/play/kazakhstan-2022/role/tokayev?seed=7&lang=ru')
  // Asked for beside the game's other files, not once the app has run.
  await expect(page.locator('link[rel=modulepreload][href*="/bundled-translations-"]')).toHaveCount(1)
  await expect(page.getByRole('status')).toHaveText('Загружаем игру…')
  await expect(page.getByText(/Tokayev|Kazakhstan/)).toHaveCount(0)
  await shoot(page, 'ru-390-waiting-for-words')
  release()
  await expectRussianBriefing(page)
})

test('shows nothing of the crisis before the game’s own words, when its Russian comes first', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 })
  // The other pages' Russian catalog (the one with the game's words) held back, and the crisis's Russian after it.
  const releaseWords = await hold(page, /\/assets\/ru-[^/]+\.js$/, '"play.loading"')
  const releaseTranslations = await hold(page, TRANSLATIONS)
  await page.goto('/#/play/kazakhstan-2022/role/tokayev?seed=7&lang=ru')
  await expect(page.getByRole('status')).toHaveText('Загрузка…')
  const arrived = page.waitForResponse(TRANSLATIONS)
  releaseTranslations()
  await arrived
  await expect(page.getByRole('status')).toHaveText('Загрузка…')
  await expect(page.getByText(/Tokayev|Kazakhstan|Токаев|Казахстан/)).toHaveCount(0)
  releaseWords()
  await expectRussianBriefing(page)
})

test('opens Kazakhstan 2022 in Russian from the library on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/#/?lang=ru')
  await onScreen(page, /#\/\?lang=ru$/, 'Выберите кризис')
  // The cards wait for the crises' translations, so the page asks for them beside the entry (index.html's script).
  await expect(page.locator('link[rel=modulepreload][href*="/bundled-translations-"]')).toHaveCount(1)
  await check(page, 'desktop-0-library')
  await page.locator('a[href="#/play/kazakhstan-2022"]').first().click()
  await expect(page.getByRole('heading', { level: 2, name: 'Выберите роль' })).toBeVisible()
  await check(page, 'desktop-1-scenario')
  await page
    .getByRole('link', { name: /^Играть: / })
    .first()
    .click()
  await expect(page).toHaveURL(/\/role\/\w+\?seed=\d+&lang=ru$/)
  await check(page, 'desktop-2-briefing')
})

test('plays Kazakhstan 2022 in Russian to the outcomes on a desktop, then reads them at 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/#/play/kazakhstan-2022/role/tokayev?seed=7&lang=ru')
  await page.getByRole('button', { name: 'Начать кризис' }).click()
  await playToOutcomes(page, 'desktop')
  await check(page, 'desktop-5-outcomes')
  await reflow(page, 320, '320-5-outcomes')
  await expectWideBars(page)
})

test('reads the Russian what-if of Kazakhstan 2022 from a shared link at 320 px', async ({ page }) => {
  // Its facts' sliders hold its widest line: «сомнительна» and «бесспорна» under a track that stops short of its
  // figure, which once pushed the one column, and the outcomes and the chart below it, a pixel past the screen.
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto(
    '/#/play/kazakhstan-2022/role/tokayev/what-if?seed=77&choices=request:internal-unrest:observers:14&lang=ru',
  )
  await onScreen(page, /\/what-if\?.*lang=ru$/, 'Что если…')
  await expect(page.getByText('сомнительна').first()).toBeVisible()
  await check(page, '320-7-what-if')
})

test('reads the Russian debrief of Kazakhstan 2022 on a desktop and at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/#/play/kazakhstan-2022/role/tokayev?seed=7&lang=ru')
  await page.getByRole('button', { name: 'Начать кризис' }).click()
  await playToOutcomes(page, null)
  await page.getByRole('link', { name: 'Перейти к разбору' }).click()
  await expectRussianDebrief(page)
  await check(page, 'desktop-6-debrief')
  await reflow(page, 320, '320-6-debrief')
  await expectWideBars(page)
})

const HYPOTHETICAL = 'Гипотетический сценарий: беспорядки в Казахстане, 2026 год'

test('opens the hypothetical Kazakhstan 2026 in Russian from the library on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/#/?lang=ru')
  await onScreen(page, /#\/\?lang=ru$/, 'Выберите кризис')
  const card = page.getByRole('article', { name: HYPOTHETICAL })
  await expect(card.getByText('Гипотетический', { exact: true })).toBeVisible()
  await expect(card.getByText('Государство в кризисе: Казахстан')).toBeVisible()
  await check(page, 'hypothetical-0-library')

  await card.getByRole('link', { name: HYPOTHETICAL }).click()
  await onScreen(page, /#\/play\/kazakhstan-unrest-2026\?lang=ru$/, HYPOTHETICAL)
  await expect(page.getByText('Этого кризиса не было.', { exact: false }).first()).toBeVisible()
  await check(page, 'hypothetical-1-scenario')

  await page.getByRole('link', { name: 'Играть: Правительство в Астане' }).click()
  await onScreen(page, /\/role\/astana\?seed=\d+&lang=ru$/, 'Правительство в Астане')
  await expect(
    page
      .getByRole('region', { name: 'Ваша закрытая вводная' })
      .getByText(/^Вы — правительство Казахстана, 4 марта 2026 года/),
  ).toBeVisible()
  await check(page, 'hypothetical-2-briefing')
})

test('plays the hypothetical Kazakhstan 2026 in Russian from its briefing to the debrief on a desktop', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/#/play/kazakhstan-unrest-2026/role/astana?seed=7&lang=ru')
  await page.getByRole('button', { name: 'Начать кризис' }).click()
  await playToOutcomes(page, 'hypothetical')
  await check(page, 'hypothetical-5-outcomes')

  await page.getByRole('link', { name: 'Перейти к разбору' }).click()
  await expectRussianDebrief(page)
  await expect(
    page.getByText(/^Обратились бы вы, будучи Астаной, снова за помощью к альянсу\?/),
  ).toBeVisible()
  await check(page, 'hypothetical-6-debrief')
})
