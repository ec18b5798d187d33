// @vitest-environment jsdom
// The reading under the cases compared: a reference that describes a work in our own words (rather than quoting
// its title) is said in the page's language. The Russian page once gave "their article on the CSTO's
// intervention…" in English; titles, names and journals stay as published in both.
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FurtherReading } from '../src/ui/compare/further-reading'
import { Messages, speak } from './ui-fakes'

afterEach(cleanup)

async function reading(language: 'en' | 'ru'): Promise<string> {
  await speak(language)
  render(
    <Messages>
      <FurtherReading />
    </Messages>,
  )
  return screen.getByRole('region').textContent ?? ''
}

describe('further reading', () => {
  it('describes a work in Russian on a Russian page, keeping titles as published', async () => {
    const ru = await reading('ru')
    expect(ru).toContain('статья в International Affairs (2023) о вмешательстве ОДКБ в Казахстане')
    expect(ru).toContain('Chatham House, интервью с Alexander Libman и Igor Davidzon')
    expect(ru).not.toMatch(/their article|interview with/)
    expect(ru).toContain('Great Games, Local Rules: The New Great Power Contest in Central Asia')
    await speak('en')
  })

  it('describes it in English on an English page', async () => {
    const en = await reading('en')
    expect(en).toContain('their article on the CSTO’s intervention in Kazakhstan as a symbolic act')
    expect(en).not.toMatch(/[а-я]/)
  })
})
