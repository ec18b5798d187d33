// The app's locations as data, read from and written to the URL's hash so any static host serves every screen.

/** The screens of one game, in the order a student meets them. */
export const PLAY_SCREENS = [
  'briefing',
  'decide',
  'resolve',
  'outcomes',
  'debrief',
  'what-if',
  'capitals',
] as const
export type PlayScreen = (typeof PLAY_SCREENS)[number]

export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'scenario'; readonly scenario: string }
  | {
      readonly name: 'play'
      readonly scenario: string
      readonly role: string
      readonly screen: PlayScreen
      /** Absent until the store has chosen one: a link without a seed starts a game with a new one. */
      readonly seed?: number
      /**
       * The player's decisions so far, in decision notation. Absent means "as saved"; present and
       * empty means "none yet", which is how the back button undoes a first decision.
       */
      readonly choices?: readonly string[]
      /** A seed the link gave that is no seed (too large, not a number): the game says so, then picks one. */
      readonly rejectedSeed?: string
    }
  | { readonly name: 'not-found'; readonly path: string }
  /** Where an instructor writes and play-tests a scenario. */
  | { readonly name: 'workshop' }
  /** A scenario shared in the link itself: `payload` is its text, deflated and base64url-encoded. */
  | { readonly name: 'import'; readonly payload: string }
  /** Group exercises: run a live session, join one, or pass one device around. */
  | { readonly name: 'live' }
  /** The facilitator's seat: setting up a session, then (with its join code) running it. */
  | { readonly name: 'facilitate'; readonly code?: string }
  /** A team's seat: the join form, then (with the code) the team's screen. */
  | { readonly name: 'join'; readonly code?: string }
  /** Pass-the-device: its table, or (with a step) who holds the device, so the back button steps inside it. */
  | { readonly name: 'pass-device'; readonly step?: PassStep }
  /** The historical cases side by side, with questions and further reading. */
  | { readonly name: 'compare' }

/** Who holds the pass-the-device screen, beyond its table: a team's hand-over, its own screen, or its sealed turn. */
export interface PassStep {
  readonly kind: 'handover' | 'team' | 'sealed'
  readonly team: string
}
const PASS_STEPS: readonly PassStep['kind'][] = ['handover', 'team', 'sealed']

export const LIBRARY: Route = { name: 'library' }

const ID = /^[a-z][a-z0-9-]{0,47}$/
const MAX_SEED = 2 ** 31 - 1

export function parseSeed(text: string | null | undefined): number | undefined {
  if (text == null || !/^\d{1,10}$/.test(text)) return undefined
  const seed = Number(text)
  return seed <= MAX_SEED ? seed : undefined
}

/** Reads a location hash such as `#/play/kazakhstan-2022/role/russia/debrief?seed=42&choices=refuse`. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const [path = '', query = ''] = raw.split('?', 2)
  const parts = path.split('/').filter((p) => p !== '')
  const params = new URLSearchParams(query)
  if (parts.length === 0) return LIBRARY
  const [head, scenario, roleWord, role, screen, ...rest] = parts.map(safeDecode)
  if (head === 'workshop' && parts.length === 1) return { name: 'workshop' }
  if (head === 'compare' && parts.length === 1) return { name: 'compare' }
  if (head === 'live' || head === 'join') return liveRoute(parts, raw)
  if (head === 'import' && parts.length === 2 && /^[A-Za-z0-9_-]+$/.test(parts[1]!))
    return { name: 'import', payload: parts[1]! }
  if (head !== 'play' || !scenario || !ID.test(scenario) || rest.length > 0) return notFound(raw)
  if (roleWord === undefined) return { name: 'scenario', scenario }
  if (roleWord !== 'role' || !role || !ID.test(role)) return notFound(raw)
  const name = screen ?? 'briefing'
  if (!isPlayScreen(name)) return notFound(raw)
  const seed = parseSeed(params.get('seed'))
  const given = params.get('seed')
  // Split before decoding, so an escaped comma stays inside its choice.
  const choicesRaw = query
    .split('&')
    .find((p) => p.startsWith('choices='))
    ?.slice('choices='.length)
  const choices =
    choicesRaw === undefined
      ? undefined
      : choicesRaw
          .split(',')
          .map((c) => safeDecode(c).trim())
          .filter((c) => c !== '')
  return {
    name: 'play',
    scenario,
    role,
    screen: name,
    ...(seed !== undefined ? { seed } : {}),
    ...(given !== null && seed === undefined ? { rejectedSeed: given.slice(0, 24) } : {}),
    ...(choices ? { choices } : {}),
  }
}

/** Writes a route as a hash; decision notation keeps its colons and commas readable in shared links. */
export function formatHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/'
    case 'scenario':
      return `#/play/${route.scenario}`
    case 'not-found':
      return `#/${route.path.replace(/^\//, '')}`
    case 'workshop':
      return '#/workshop'
    case 'compare':
      return '#/compare'
    case 'import':
      return `#/import/${route.payload}`
    case 'live':
      return '#/live'
    case 'facilitate':
      return route.code ? `#/live/facilitate/${route.code}` : '#/live/facilitate'
    case 'join':
      return route.code ? `#/join/${route.code}` : '#/join'
    case 'pass-device':
      return route.step ? `#/live/pass/${route.step.kind}/${route.step.team}` : '#/live/pass'
    case 'play': {
      const base = `#/play/${route.scenario}/role/${route.role}`
      const path = route.screen === 'briefing' ? base : `${base}/${route.screen}`
      const query: string[] = []
      if (route.seed !== undefined) query.push(`seed=${route.seed}`)
      if (route.choices) query.push(`choices=${route.choices.map(encodeChoice).join(',')}`)
      return query.length > 0 ? `${path}?${query.join('&')}` : path
    }
  }
}

export const sameRoute = (a: Route, b: Route): boolean => formatHash(a) === formatHash(b)

function isPlayScreen(s: string): s is PlayScreen {
  return (PLAY_SCREENS as readonly string[]).includes(s)
}

const notFound = (path: string): Route => ({ name: 'not-found', path })

/** A join code as people type it: six letters and digits, read in capitals (the server checks the alphabet). */
const CODE = /^[A-Za-z0-9]{6}$/

/** A live team's id as the session makes it (`t1`). */
const TEAM = /^[A-Za-z0-9-]{1,32}$/

function liveRoute(parts: readonly string[], raw: string): Route {
  const [head, second, third, fourth, ...rest] = parts
  if (head === 'live' && second === 'pass' && fourth !== undefined && rest.length === 0) {
    const kind = PASS_STEPS.find((k) => k === third)
    return kind && TEAM.test(fourth) ? { name: 'pass-device', step: { kind, team: fourth } } : notFound(raw)
  }
  if (fourth !== undefined || rest.length > 0) return notFound(raw)
  if (head === 'join') {
    if (third !== undefined) return notFound(raw)
    if (second === undefined) return { name: 'join' }
    return CODE.test(second) ? { name: 'join', code: second.toUpperCase() } : notFound(raw)
  }
  if (second === undefined && third === undefined) return { name: 'live' }
  if (second === 'pass' && third === undefined) return { name: 'pass-device' }
  if (second !== 'facilitate') return notFound(raw)
  if (third === undefined) return { name: 'facilitate' }
  return CODE.test(third) ? { name: 'facilitate', code: third.toUpperCase() } : notFound(raw)
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** Notation uses letters, digits, hyphens and colons: anything else is escaped so a link cannot smuggle a separator. */
const encodeChoice = (c: string): string => encodeURIComponent(c).replace(/%3A/gi, ':')
