// Said while a screen or its data is on its way: a status a screen reader announces once.
export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}
    </p>
  )
}
