// The group exercises' set-up forms on a phone, in both languages: joining a session (its role picker), running
// one and passing the device; and the scenario workshop's pickers (the crisis to start from, the role to play). A <select> whose longest option (a Russian role such as «Ереван, председатель Совета
// коллективной безопасности», or a long crisis title) is wider than the screen must not widen its form and push
// the page sideways, nor cut the words of the option chosen. Against the workshop server, which serves the same
// build: the join form needs a session.
import { type Browser, expect, type Page, test } from '@playwright/test'
import { LIVE_PORT } from '../../playwright.config'
import { createSession, seat } from './live'
import { shoot } from './student'

const LIVE = `http://127.0.0.1:${LIVE_PORT}`
const TITLE = { en: 'Kazakhstan, January 2022', ru: 'Казахстан, январь 2022 года' } as const

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: innerWidth,
  }))
  expect(widths.page, `page width of ${what}`).toBeLessThanOrEqual(widths.screen)
}

/**
 * Each picker on the page set to its longest option, which must show whole: the picker within the screen, and the
 * words it shows those of the option chosen, none cut at its edge (the browser's own <select> cut them on one line).
 */
async function expectEveryChoiceWhole(page: Page, what: string): Promise<void> {
  const pickers = page.locator('main select')
  for (const picker of await pickers.all()) {
    const options = await picker.locator('option:not([disabled])').allTextContents()
    const longest = options.reduce((a, b) => (b.length > a.length ? b : a))
    await picker.selectOption({ label: longest })
    const shown = await picker.evaluate((select: HTMLSelectElement) => {
      const face = select.parentElement?.querySelector<HTMLElement>('.wrapping-select-face')
      const box = select.getBoundingClientRect()
      return {
        chosen: select.selectedOptions[0]?.text,
        words: face?.textContent,
        cut: face ? face.scrollWidth - face.clientWidth : null,
        covered: face ? Math.abs(face.getBoundingClientRect().height - box.height) : null,
        left: box.left,
        right: box.right,
      }
    })
    const where = `the picker at "${longest}" in ${what}`
    expect(shown.words, where).toBe(longest)
    expect(shown.chosen, where).toBe(longest)
    expect(shown.cut, where).toBe(0)
    // The unseen select lies over the whole face, so a tap anywhere on it opens the picker.
    expect(shown.covered, where).toBeLessThan(1)
    expect(shown.left, where).toBeGreaterThanOrEqual(0)
    expect(shown.right, where).toBeLessThanOrEqual(page.viewportSize()!.width)
  }
}

/** Opens a form afresh and waits for its pickers to be filled: their options are what could widen it. */
async function open(page: Page, hash: string, lang: string, picker: string): Promise<void> {
  // A fresh load, as a shared link opens: within one visit the reader's language wins over the link's.
  await page.goto('about:blank')
  await page.goto(`/${hash}?lang=${lang}`)
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page.locator(picker).first().locator('option').nth(1)).toBeAttached()
}

async function sessionCode(browser: Browser): Promise<string> {
  const facilitator = await seat(browser, LIVE, '/#/live/facilitate')
  const code = await createSession(facilitator, 0)
  await facilitator.context().close()
  return code
}

for (const lang of ['ru', 'en'] as const) {
  test(`the set-up forms fit a phone of 320 and 360 px in ${lang === 'ru' ? 'Russian' : 'English'}`, async ({
    browser,
  }) => {
    const code = await sessionCode(browser)
    const page = await seat(browser, LIVE, '/')
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 800 })
      const pages = [
        { name: 'join', hash: `#/join/${code}`, picker: 'form.live-setup select' },
        { name: 'facilitate', hash: '#/live/facilitate', picker: 'form.live-setup select' },
        { name: 'pass', hash: '#/live/pass', picker: '.team-setup select' },
      ]
      for (const { name, hash, picker } of pages) {
        await open(page, hash, lang, picker)
        // The crises are named in the page's language, wherever the list comes from (the server's is English).
        if (name !== 'join') await expect(page.locator('option', { hasText: TITLE[lang] })).toHaveCount(1)
        await expectEveryChoiceWhole(page, `${name} in ${lang} at ${width} px`)
        await expectNoSidewaysScroll(page, `${name} in ${lang} at ${width} px`)
        await shoot(page, `phone-form-${lang}-${width}-${name}`)
        if (name !== 'join') continue
        // A team name past the limit stays whole in its field, and the note that says so wraps within the phone.
        const field = page.getByLabel(lang === 'ru' ? 'Название команды' : 'Team name')
        await field.fill('Шанхайская организация сотрудничества, наблюдатели')
        await expect(field).toHaveAttribute('aria-invalid', 'true')
        await expect(page.locator('.name-note .too-long')).toBeVisible()
        await expectNoSidewaysScroll(page, `a long team name in ${lang} at ${width} px`)
        await shoot(page, `phone-form-${lang}-${width}-join-long-name`)
      }
    }
  })
}

/** The crisis whose longest role title is the longest: «Правительство премьер-министра Пашиняна». */
const LONG_ROLES = 'armenia-2022'

for (const lang of ['ru', 'en'] as const) {
  test(`the workshop's pickers show their choice whole at 320 and 360 px in ${lang === 'ru' ? 'Russian' : 'English'}`, async ({
    page,
  }) => {
    await page.goto(`/#/workshop?lang=${lang}`)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const from = page.getByLabel(lang === 'ru' ? 'Начать с' : 'Start from')
    await from.selectOption(LONG_ROLES)
    await page.getByRole('button', { name: lang === 'ru' ? 'Начать' : 'Start', exact: true }).click()
    await expect(page.locator('.play-setup select option').nth(1)).toBeAttached()
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 800 })
      // Both pickers: the crisis to start from (a copy of the longest title) and the role to play.
      await expect(page.locator('main select')).toHaveCount(2)
      await expectEveryChoiceWhole(page, `the workshop in ${lang} at ${width} px`)
      await expectNoSidewaysScroll(page, `the workshop in ${lang} at ${width} px`)
      await shoot(page, `phone-form-${lang}-${width}-workshop`)
    }
  })
}
