// The workshop's draft checked on a thread of its own: parsing, solving and play-testing a scenario take long
// enough on a large file to make typing stutter on the page's thread.
import { checkDraft, type DraftRequest } from './draft-check'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: DraftRequest }>) => void) | null
  postMessage(message: unknown): void
}

scope.onmessage = (event) => {
  const { id, request } = event.data
  void checkDraft(request).then((check) => scope.postMessage({ id, check }))
}
