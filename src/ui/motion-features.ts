// framer-motion's animation features, loaded after the first paint: LazyMotion's `m` components render at once
// and start moving when these arrive.
export { domAnimation as default } from 'framer-motion'
