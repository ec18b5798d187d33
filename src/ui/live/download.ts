// Saves a results file the server (or pass-the-device) produced, through the browser's own download.
export function download(file: { filename: string; contentType: string; body: string }): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: file.contentType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.click()
  // The click has started the download; the URL is not needed past this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
