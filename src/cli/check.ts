// npm run check -- [files...]: checks scenario and actor files, prints every problem as
// file:line:column  field  message, and a play-test report for each valid scenario. A file's warnings (such as a
// year named before the debrief that comes after the scenario's start) are printed in the same format, marked
// "(a warning)"; they do not fail the check.
// Translations (kazakhstan-2022.ru.yaml) are checked against their originals: those named, those beside the
// files named, and those in an actors/ folder beside a scenario named. A scenario is checked with the actor
// catalog npm run sim plays it with (catalog-files.ts).
import { runCheck } from './check-run'
import { stopWhenPipeCloses } from './closed-pipe'
import { fromWhereInvoked } from './invoked-from'

fromWhereInvoked('check')
stopWhenPipeCloses()
process.exitCode = runCheck(process.argv.slice(2))
