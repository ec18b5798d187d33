// The workshop's half of the store: files opened in the encodings authors save in, the last good play-test kept
// while the text has problems, facts written by sliders, a role played beside the text, and the saved notice.
import { describe, expect, it } from 'vitest'
import { encodeScenario } from '../src/scenario/share-link'
import { createGameStore, formatHash, idOf, type SaveStorage } from '../src/store'
import { checkDraft } from '../src/store/draft-check'
import { loadLibraryWithImported } from '../src/store/imported-kit'
import { IMPORTED_KEY, IMPORTED_VERSION } from '../src/store/imported-scenarios'
import { TEMPLATE, templateText } from '../src/store/workshop-template'
import { fakeLibrary, memoryStorage, testSession } from './ui-fakes'

/** A workshop; given `storage`, its library reads this browser's own scenarios from it, as the browser's does. */
function workshopStore(storage?: SaveStorage) {
  const store = createGameStore({
    loadLibrary: async () => (storage ? loadLibraryWithImported(storage) : fakeLibrary()),
    loadSession: async () => testSession(),
    storage: storage ?? memoryStorage(),
    initialRoute: { name: 'workshop' },
    here: { origin: 'https://class.example', pathname: '/' },
  })
  return store
}
/** Another crisis than the template, with a mistake from the start. */
const OTHER_BROKEN = TEMPLATE.replace('id: my-crisis', 'id: class-crisis')
  .replace('unrest in Gorno-Badakhshan', 'a crisis of our own')
  .replace('kind: hypothetical', 'kind: imagined')
const cp1252 = (s: string) =>
  Uint8Array.from(s, (c) => ({ '’': 0x92, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0))

describe('the workshop in the store', { timeout: 60_000 }, () => {
  it('opens a Windows-1252 file converted, and says so at the line', async () => {
    const store = workshopStore()
    const text = TEMPLATE.replace("You are Tajikistan's government", 'You are Tajikistan’s government')
    await store.getState().openFile('gbao.yaml', cp1252(text))
    const { draft, note, opened } = store.getState().workshop
    expect(draft).toEqual({ text, file: 'gbao.yaml', unsaved: false })
    expect(opened).toBe(1)
    expect(note).toMatchObject({
      kind: 'converted',
      problem: { line: text.split('\n').findIndex((l) => l.includes('Tajikistan’s government')) + 1 },
    })
  })

  it('refuses a file in an encoding it cannot read, and keeps the draft', async () => {
    const store = workshopStore()
    await store
      .getState()
      .openFile(
        'ru.yaml',
        Uint8Array.from([...new TextEncoder().encode('id: x\ntitle: '), 0xc4, 0xf3, 0xf8, 0xe0]),
      )
    expect(store.getState().workshop.draft).toBeNull()
    expect(store.getState().workshop.note).toMatchObject({
      kind: 'refused',
      problem: { line: 2, message: expect.stringMatching(/not saved as UTF-8/) },
    })
  })

  it('keeps the last good play-test while the text has problems', async () => {
    const store = workshopStore()
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    const good = store.getState().workshop.lastGood!
    expect(good.playtest.scenario.id).toBe('my-crisis')
    const broken = TEMPLATE.replace('kind: hypothetical', 'kind: imagined')
    await store.getState().checkDraft(broken, 'my-crisis.yaml')
    const { check, lastGood } = store.getState().workshop
    expect(check).toMatchObject({ ok: false, text: broken })
    expect(lastGood).toBe(good)
  })

  it("opens another file without the last one's play-test or role played", async () => {
    const store = workshopStore()
    store.getState().openDraft(TEMPLATE, 'my-crisis.yaml')
    store.getState().playRole({ role: 'kremlin', seed: 3 })
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    expect(store.getState().workshop.lastGood?.playtest.scenario.id).toBe('my-crisis')
    await store.getState().openFile('class-crisis.yaml', new TextEncoder().encode(OTHER_BROKEN))
    expect(store.getState().workshop).toMatchObject({ check: null, lastGood: null, play: null })
    await store.getState().checkDraft(OTHER_BROKEN, 'class-crisis.yaml')
    expect(store.getState().workshop).toMatchObject({ check: { ok: false }, lastGood: null })
  })

  it('lets a check of the last file still under way go when another is opened', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadSession: async () => testSession(),
      storage: memoryStorage(),
      // The template's check comes back only once the next file is open.
      checkDraft: async (request) => {
        const check = await checkDraft(request)
        if (request.text === TEMPLATE) await held
        return check
      },
    })
    store.getState().openDraft(TEMPLATE, 'my-crisis.yaml')
    const late = store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    store.getState().openDraft(OTHER_BROKEN, 'class-crisis.yaml')
    release()
    await late
    expect(store.getState().workshop).toMatchObject({ check: null, lastGood: null })
  })

  it("keeps the last good play-test of the scenario being edited when its changes are discarded, and drops another's", async () => {
    const saved = TEMPLATE.replace('unrest in Gorno-Badakhshan', 'our saved crisis')
    const storage = memoryStorage({
      [IMPORTED_KEY]: JSON.stringify({
        version: IMPORTED_VERSION,
        files: [{ id: 'my-crisis', text: saved }],
      }),
    })
    const store = workshopStore(storage)
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    store.getState().editImported('my-crisis', 'keep')
    expect(store.getState().workshop.lastGood).toBeNull()
    await store.getState().checkDraft(saved, 'my-crisis.yaml')
    const good = store.getState().workshop.lastGood
    expect(good?.playtest.scenario.title).toBe('Hypothetical: our saved crisis')
    store.getState().keepDraft(saved.replace('kind: hypothetical', 'kind: imagined'), 'my-crisis.yaml')
    store.getState().editImported('my-crisis', 'discard')
    expect(store.getState().workshop.lastGood).toBe(good)
  })

  it("starts a new crisis from the template in the reader's language, valid as it stands", async () => {
    const store = workshopStore()
    store.getState().setLanguage('ru')
    await store.getState().startFrom('template')
    const { draft, schema } = store.getState().workshop
    expect(draft).toMatchObject({ text: templateText(schema, 'ru'), file: 'my-crisis.yaml' })
    await store.getState().checkDraft(draft!.text, draft!.file)
    const { check, lastGood } = store.getState().workshop
    expect(check).toMatchObject({ ok: true, warnings: [] })
    // The same crisis as the English template, in other words: the engine plays the same game.
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    const english = store.getState().workshop.lastGood!
    expect(lastGood!.playtest.scenario.title).toBe('Гипотетический сценарий: беспорядки в Горном Бадахшане')
    const { verdict, moves, outcomes } = english.playtest
    expect(lastGood!.playtest).toMatchObject({ verdict, moves, outcomes })
  })

  it("writes a slider's fact into the text and checks it again", async () => {
    const store = workshopStore()
    store.getState().openDraft(TEMPLATE, 'my-crisis.yaml')
    await store.getState().setFact('moscow.commitments', 0.25)
    expect(store.getState().workshop.draft).toMatchObject({
      text: TEMPLATE.replace('commitments: 0.7', 'commitments: 0.25'),
      unsaved: true,
    })
    expect(store.getState().workshop.opened).toBe(2)
  })

  it('plays a chosen role beside the text, keeping the decisions that still fit', async () => {
    const store = workshopStore()
    store.getState().openDraft(TEMPLATE, 'my-crisis.yaml')
    store.getState().playRole({ role: 'kremlin', seed: 3 })
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    const first = store.getState().workshop.check
    if (!first?.ok || !first.play?.pending) throw new Error('expected the Kremlin to have a decision to make')
    expect(first.play.pending.options.map((o) => o.notation)).toContain('refuse')
    store.getState().choose('refuse')
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    const after = store.getState().workshop
    expect(after.play?.decisions).toEqual(['refuse'])
    expect(
      after.check?.ok && after.check.play?.moves.some((m) => m.mine && m.decision.kind === 'refuse'),
    ).toBe(true)
  })

  it('saves the valid draft, opens it, and the notice stays on that one screen', async () => {
    const store = workshopStore()
    await store.getState().load('library')
    store.getState().openDraft(TEMPLATE, 'my-crisis.yaml')
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    await store.getState().playDraft()
    expect(formatHash(store.getState().route)).toBe(formatHash({ name: 'scenario', scenario: 'my-crisis' }))
    expect(store.getState().notice).toMatchObject({
      kind: 'imported-added',
      title: expect.stringMatching(/^Hypothetical/),
    })
    store.getState().enter({ name: 'library' })
    expect(store.getState().notice).toBeNull()
  })

  it('asks before "Play it" replaces another scenario of its id, forgets the question once the text changes, and saves the one being edited in place', async () => {
    const mine = TEMPLATE.replace('unrest in Gorno-Badakhshan', 'our saved crisis')
    const kept = JSON.stringify({ version: IMPORTED_VERSION, files: [{ id: 'my-crisis', text: mine }] })
    const storage = memoryStorage({ [IMPORTED_KEY]: kept })
    const store = workshopStore(storage)
    await store.getState().load('library')
    store.getState().openDraft(TEMPLATE, 'my-crisis.yaml')
    await store.getState().checkDraft(TEMPLATE, 'my-crisis.yaml')
    await store.getState().playDraft()
    expect(store.getState().workshop.playClash).toEqual({
      scenario: { id: 'my-crisis', title: 'Hypothetical: unrest in Gorno-Badakhshan' },
      mine: 'Hypothetical: our saved crisis',
    })
    expect(storage.getItem(IMPORTED_KEY)).toBe(kept)
    expect(store.getState().route).toEqual({ name: 'workshop' })

    // A question about the text as it was is no answer for the text as it is.
    store.getState().keepDraft(`${TEMPLATE}# one more line\n`, 'my-crisis.yaml')
    expect(store.getState().workshop.playClash).toBeNull()
    await store.getState().answerPlay('replace')
    expect(storage.getItem(IMPORTED_KEY)).toBe(kept)

    // The saved one opened here to be edited is saved in place, without a question.
    store.getState().editImported('my-crisis', 'discard')
    const changed = mine.replace('our saved crisis', 'our changed crisis')
    store.getState().keepDraft(changed, 'my-crisis.yaml')
    await store.getState().checkDraft(changed, 'my-crisis.yaml')
    await store.getState().playDraft()
    expect(store.getState().workshop.playClash).toBeNull()
    expect(JSON.parse(storage.getItem(IMPORTED_KEY)!).files).toEqual([{ id: 'my-crisis', text: changed }])
    expect(store.getState().route).toEqual({ name: 'scenario', scenario: 'my-crisis' })
  })

  it("starts from the template, its schema line pointing at this site's published schema", async () => {
    const store = workshopStore()
    const template = templateText(store.getState().workshop.schema)
    expect(template.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://class.example/scenario.schema.json',
    )
    await store.getState().startFrom('kazakhstan-2022')
    const copy = store.getState().workshop.draft!
    expect(copy.file).toBe('kazakhstan-2022.yaml')
    expect(copy.text).toMatch(/^id: kazakhstan-2022-copy$/m)
    expect(copy.text).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/class\.example\/scenario\.schema\.json$/m,
    )
    await store.getState().startFrom('template')
    expect(store.getState().workshop.draft).toMatchObject({ text: template, file: 'my-crisis.yaml' })
  })

  it('reads the id a text gives itself, even when the text has problems', () => {
    expect(idOf('# comment\nid: class-crisis\nkind: imagined\n')).toBe('class-crisis')
    expect(idOf('id: "quoted-id"  # why\n')).toBe('quoted-id')
    expect(idOf('title: no id yet\n')).toBeUndefined()
  })

  it("opens a shared link's scenario into this browser's library, and says why a damaged one cannot be", async () => {
    const store = workshopStore()
    await store.getState().load('library')
    await store.getState().openShared('AAAAnotascenario')
    expect(store.getState().workshop.shared).toMatchObject({
      payload: 'AAAAnotascenario',
      failure: { reason: 'damaged', problems: [] },
    })
    const faulty = await encodeScenario(TEMPLATE.replace('kind: hypothetical', 'kind: imagined'))
    await store.getState().openShared(faulty)
    expect(store.getState().workshop.shared?.failure?.problems[0]).toMatchObject({ path: 'kind' })
    await store.getState().openShared(await encodeScenario(TEMPLATE))
    expect(store.getState().workshop.shared).toBeNull()
    expect(store.getState().route).toEqual({ name: 'library' })
    expect(store.getState().urlWrite).toBe('replace')
    expect(store.getState().notice).toMatchObject({
      kind: 'imported-added',
      title: expect.stringMatching(/^Hypothetical/),
    })
  })

  it("asks before a shared link's scenario replaces the author's own of its id, and replaces it only when told", async () => {
    const mine = TEMPLATE.replace('unrest in Gorno-Badakhshan', 'our saved crisis')
    const kept = JSON.stringify({ version: IMPORTED_VERSION, files: [{ id: 'my-crisis', text: mine }] })
    const storage = memoryStorage({ [IMPORTED_KEY]: kept })
    const store = workshopStore(storage)
    const link = await encodeScenario(TEMPLATE)
    await store.getState().openShared(link)
    expect(store.getState().workshop.shared).toEqual({
      payload: link,
      clash: {
        scenario: { id: 'my-crisis', title: 'Hypothetical: unrest in Gorno-Badakhshan' },
        text: TEMPLATE,
        mine: 'Hypothetical: our saved crisis',
      },
    })
    expect(storage.getItem(IMPORTED_KEY)).toBe(kept)
    expect(store.getState().route).toEqual({ name: 'workshop' })
    expect(store.getState().notice).toBeNull()

    await store.getState().answerShared('keep')
    expect(storage.getItem(IMPORTED_KEY)).toBe(kept)
    expect(store.getState().workshop.shared).toBeNull()
    expect(store.getState().route).toEqual({ name: 'library' })
    expect(store.getState().notice).toBeNull()

    // The same link again asks again, and this time the author lets it replace theirs.
    await store.getState().openShared(link)
    expect(store.getState().workshop.shared?.clash?.mine).toBe('Hypothetical: our saved crisis')
    await store.getState().answerShared('replace')
    expect(JSON.parse(storage.getItem(IMPORTED_KEY)!).files).toEqual([{ id: 'my-crisis', text: TEMPLATE }])
    expect(store.getState().workshop.shared).toBeNull()
    expect(store.getState().notice).toEqual({
      kind: 'imported-added',
      title: 'Hypothetical: unrest in Gorno-Badakhshan',
    })
  })

  it('says a shared scenario kept here already, word for word, is already there, and changes nothing', async () => {
    const kept = JSON.stringify({ version: IMPORTED_VERSION, files: [{ id: 'my-crisis', text: TEMPLATE }] })
    const storage = memoryStorage({ [IMPORTED_KEY]: kept })
    const store = workshopStore(storage)
    await store.getState().openShared(await encodeScenario(TEMPLATE))
    expect(store.getState().workshop.shared).toBeNull()
    expect(store.getState().route).toEqual({ name: 'library' })
    expect(store.getState().notice).toEqual({
      kind: 'imported-already',
      title: 'Hypothetical: unrest in Gorno-Badakhshan',
    })
    expect(storage.getItem(IMPORTED_KEY)).toBe(kept)
  })

  it('makes a share link that carries the file', async () => {
    const store = workshopStore()
    store.getState().openDraft(TEMPLATE, 'my-crisis.yaml')
    await store.getState().shareDraft()
    expect(store.getState().workshop.share?.link).toMatch(/^https:\/\/class\.example\/#\/import\//)
  })
})
