// Views the selectors derive from the store's objects, made once per object and per set of inputs, so that a
// selector returns the same view, and a component does not draw again, until the object or an input changes.

/**
 * A memo of views keyed weakly by the object they are made from: `view(source, inputs, make)` gives the view made
 * last for `source` when every input is the same (by identity), and otherwise makes it anew.
 */
export function viewMemo(): <T extends object>(source: T, inputs: readonly unknown[], make: () => T) => T {
  const made = new WeakMap<object, { readonly inputs: readonly unknown[]; readonly view: unknown }>()
  return (source, inputs, make) => {
    const known = made.get(source)
    if (known && known.inputs.length === inputs.length && known.inputs.every((v, i) => v === inputs[i]))
      return known.view as typeof source
    const view = make()
    made.set(source, { inputs, view })
    return view
  }
}
