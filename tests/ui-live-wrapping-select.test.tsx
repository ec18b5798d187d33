// @vitest-environment jsdom
// The group exercises' pickers show their chosen option whole: a face under the real <select> carries its words and
// wraps them, since a <select> cuts its one line at its edge ("Kyrgyzstan, April 2010 (Bakiy" at 320 px). The face
// is for the eye only; the select keeps its label, its value and its list for the keyboard and a screen reader.
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { WrappingSelect } from '../src/ui/components/wrapping-select'
import { bundled } from './server-fakes'
import { fakeLibrary, fakeStore, memoryStorage, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(cleanup)

const LONG = "Kyrgyzstan, April 2010 (Bakiyev's fall)"

function Picker({
  value,
  words = LONG,
  disabled = false,
}: {
  value: string
  words?: string
  disabled?: boolean
}) {
  return (
    <>
      <label htmlFor="crisis">Scenario</label>
      <WrappingSelect id="crisis" value={value} onChange={() => {}} disabled={disabled}>
        <option value="osh">Kyrgyzstan, June 2010 (Osh)</option>
        <option value="april">{words}</option>
      </WrappingSelect>
    </>
  )
}

const face = () => document.querySelector('.wrapping-select-face') as HTMLElement

describe('a picker that shows its chosen option whole', () => {
  it('draws the words of the chosen option, all of them, in a face kept from a screen reader', () => {
    render(<Picker value="april" />)
    expect(face()).toHaveTextContent(LONG, { normalizeWhitespace: false })
    expect(face()).toHaveAttribute('aria-hidden', 'true')
    const select = screen.getByRole('combobox', { name: 'Scenario' })
    expect(select).toHaveValue('april')
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kyrgyzstan, June 2010 (Osh)', LONG])
  })

  it('follows the choice, and the words of the option when they change language', () => {
    const { rerender } = render(<Picker value="osh" />)
    expect(face()).toHaveTextContent('Kyrgyzstan, June 2010 (Osh)')
    rerender(<Picker value="april" />)
    expect(face()).toHaveTextContent(LONG)
    rerender(<Picker value="april" words="Кыргызстан, апрель 2010 года (падение Бакиева)" />)
    expect(face()).toHaveTextContent('Кыргызстан, апрель 2010 года (падение Бакиева)')
  })
})

describe("pass-the-device's set-up form", () => {
  beforeEach(() => {
    preferReducedMotion()
    localStorage.clear()
  })

  it('shows the crisis and each role chosen whole, in the reader’s language', async () => {
    const store = await fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      library: fakeLibrary([bundled('kazakhstan-2022')]),
      loadTranslations,
      route: { name: 'pass-device' },
    })
    await renderApp(store)
    await screen.findByRole('button', { name: 'Рассадить команды' })
    const faceOf = (picker: HTMLElement) =>
      picker.closest('.wrapping-select')?.querySelector('.wrapping-select-face')
    expect(faceOf(screen.getByLabelText('Сценарий'))).toHaveTextContent('Казахстан, январь 2022 года')
    const [first, second] = screen.getAllByLabelText('Играет за')
    expect(faceOf(first!)).toHaveTextContent('первую свободную роль')
    await userEvent.selectOptions(first!, 'Правительство президента Токаева')
    expect(faceOf(first!)).toHaveTextContent('Правительство президента Токаева')
    expect(faceOf(second!)).toHaveTextContent('первую свободную роль')
  })
})
