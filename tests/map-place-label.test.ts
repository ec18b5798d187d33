// The place's name on a map: beside its dot, inside the frame, cut with an ellipsis only when no side has room.
import { describe, expect, it } from 'vitest'
import { placeLabel } from '../src/ui/map/place-label'

const WIDTH = 480

describe('the place label on a map', () => {
  it('shows the short name, before any comma, to the right of a dot with room', () => {
    expect(placeLabel('Osh, southern Kyrgyzstan', 200, WIDTH)).toEqual({
      x: 210,
      anchor: 'start',
      text: 'Osh',
    })
  })

  it('goes to the left of a dot near the right edge when the name does not fit on the right', () => {
    expect(placeLabel('Nagorno-Karabakh', 420, WIDTH)).toEqual({
      x: 410,
      anchor: 'end',
      text: 'Nagorno-Karabakh',
    })
  })

  it('cuts a name too long for either side, and keeps it inside the frame', () => {
    const name = '<img src=x onerror=window.__pwned=1> Khorog'
    const label = placeLabel(name, 180, WIDTH)
    expect(label.anchor).toBe('start')
    expect(label.text.endsWith('…')).toBe(true)
    expect(name.startsWith(label.text.slice(0, -1))).toBe(true)
    // The reckoned width of what is shown stays within the room on its side.
    expect(label.text.length * 9.6).toBeLessThanOrEqual(WIDTH - 6 - label.x)
  })

  it('never runs past either edge, wherever the dot is and however long the name', () => {
    for (let px = 0; px <= WIDTH; px += 7) {
      for (const length of [1, 5, 12, 20, 40, 80]) {
        const label = placeLabel('Ж'.repeat(length), px, WIDTH)
        const width = label.text.length * 9.6
        if (label.anchor === 'start') expect(label.x + width).toBeLessThanOrEqual(WIDTH - 6)
        else expect(label.x - width).toBeGreaterThanOrEqual(6)
      }
    }
  })
})
