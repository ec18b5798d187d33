// Sharing a scenario without a server: as a file to download, or as a link that carries the file itself.
import { encodeScenario } from '../../scenario/share-link'
import { formatHash } from '../../store/route'

/** The link a student opens: this page's address with the scenario in the fragment, which never reaches a server. */
export async function shareLink(text: string, here: Location = window.location): Promise<string> {
  const payload = await encodeScenario(text)
  return `${here.origin}${here.pathname}${formatHash({ name: 'import', payload })}`
}

/** Saves the text as `<id>.yaml` through the browser's own download. */
export function downloadYaml(text: string, id: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }))
  const a = document.createElement('a')
  a.href = url
  a.download = `${id}.yaml`
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
