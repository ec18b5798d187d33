// A link to nowhere: say so and lead back to the library.
import { PageHeading } from '../components/page-heading'

export function NotFoundScreen({ what = 'This page does not exist.' }: { what?: string }) {
  return (
    <>
      <PageHeading title="Not found" />
      <p>{what}</p>
      <p>
        <a href="#/">Back to the library of crises</a>
      </p>
    </>
  )
}
